package org.nhsblueprint.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.nhsblueprint.access.AccessResult;
import org.nhsblueprint.model.RegionModel;
import org.nhsblueprint.model.Service;
import org.nhsblueprint.model.ServiceId;
import org.nhsblueprint.model.TravelMode;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code blueprint access}: access to one service from every small area, as a table or as JSON. One instance per
 * command line; picocli sets its options.
 */
@Command(name = "access", mixinStandardHelpOptions = true, version = "Blueprint " + BlueprintCommand.VERSION,
        description = "Journey times from every small area to the nearest site offering a service: the share of "
                + "people within the service's time standard, by borough, by deprivation decile and for people aged "
                + "65+, patients' choice, and the next-nearest site.")
final class AccessCommand implements Callable<Integer> {
    private final Application app;

    @Spec
    private CommandSpec spec;

    @Option(names = "--service", required = true, paramLabel = "ID",
            description = "Service id from the catalogue: gp, ae, hasu, mtc.")
    private String service;

    @Option(names = "--mode", paramLabel = "M",
            description = "Judge access by this travel mode instead of the service's own: walk, cycle, public_transport, car, ambulance.")
    private String mode;

    @Option(names = "--threshold", paramLabel = "MIN",
            description = "Replace the service's time standard (minutes) for this run.")
    private Double threshold;

    @Option(names = "--dataset", paramLabel = "DIR", description = "Dataset folder (default: the bundled London data).")
    private Path dataset;

    @Option(names = "--json", description = "Print one JSON object instead of tables.")
    private boolean json;

    @Option(names = "--district", paramLabel = "CODE",
            description = "Only the areas in this district (ONS code, e.g. E09000007 for Camden); repeatable. "
                    + "Sites everywhere stay available.")
    private java.util.List<String> districts = new java.util.ArrayList<>();

    @CommandLine.ArgGroup(exclusive = false, heading = "Travel times:%n")
    private TravelTimesOptions travel = new TravelTimesOptions();

    AccessCommand(Application app) {
        this.app = app;
    }

    @Override
    public Integer call() throws Exception {
        TravelMode travelMode = parseMode();
        if (threshold != null && !(threshold > 0 && threshold <= 1440)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--threshold: " + threshold + " is not a number of minutes in (0, 1440]");
        }
        Path dir = app.dataset(dataset, spec);
        Progress progress = app.progress(spec.commandLine().getErr(), 2);
        progress.step("loading dataset " + app.display(dir));
        RegionModel model = restrict(app.loader().load(dir));
        Service chosen = resolve(model, travelMode);
        progress.step("computing access to " + chosen.name());
        AccessResult result;
        try (RunTravelTimes times = app.travelTimes(travel, spec)) {
            result = app.access(times.travelTimes()).run(model, chosen);
        }
        progress.finish();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode node = app.accessJson().toJson(result);
            node.put("dataset", model.name());
            ArrayNode notes = node.putArray("notes");
            model.notes().forEach(notes::add);
            out.println(app.json().writeValueAsString(node));
        } else {
            new AccessTable(out).print(model, result);
            model.notes().forEach(n -> out.println("Note: " + n));
        }
        out.flush();
        return 0;
    }

    private RegionModel restrict(RegionModel model) {
        if (districts.isEmpty()) {
            return model;
        }
        java.util.Set<org.nhsblueprint.model.DistrictCode> keep = new java.util.LinkedHashSet<>();
        for (String d : districts) {
            if (!org.nhsblueprint.model.DistrictCode.PATTERN.matcher(d).matches() || model.district(
                    new org.nhsblueprint.model.DistrictCode(d)).isEmpty()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--district: '" + d
                        + "' is not a district of " + model.name() + " (an ONS code such as E09000007)");
            }
            keep.add(new org.nhsblueprint.model.DistrictCode(d));
        }
        return model.withAreasIn(keep);
    }

    private TravelMode parseMode() {
        try {
            return mode == null ? null : TravelMode.fromId(mode);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--mode: " + e.getMessage());
        }
    }

    private Service resolve(RegionModel model, TravelMode travelMode) {
        String known = model.catalogue().all().stream().map(s -> s.id().value()).collect(Collectors.joining(", "));
        if (!ServiceId.PATTERN.matcher(service).matches()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--service: '" + service + "' is not a service id (this dataset offers: " + known + ")");
        }
        Service base = model.catalogue().find(new ServiceId(service)).orElseThrow(() ->
                new CommandLine.ParameterException(spec.commandLine(), "--service: unknown service '" + service
                        + "' in dataset " + model.name() + " (it offers: " + known + ")"));
        if (model.sitesOffering(base.id()).isEmpty()) {
            throw new CommandFailure("no site in dataset " + model.name() + " offers " + base.name()
                    + " (service '" + base.id() + "'): check the site tables' flags");
        }
        if (travelMode == null && threshold == null) {
            return base;
        }
        TravelMode m = travelMode == null ? base.mode() : travelMode;
        double minutes = threshold == null ? base.standardMinutes() : threshold;
        String source = threshold == null ? base.standardSource() : "set for this run with --threshold";
        return base.judgedBy(m, minutes, source);
    }
}
