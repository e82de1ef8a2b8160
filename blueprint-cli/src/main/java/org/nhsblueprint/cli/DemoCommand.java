package org.nhsblueprint.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.nhsblueprint.access.AccessResult;
import org.nhsblueprint.model.RegionModel;
import org.nhsblueprint.model.Service;
import org.nhsblueprint.report.Display;
import org.nhsblueprint.report.ReportInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code blueprint demo}: the baseline report for every service in the bundled London data (or another dataset). One
 * instance per command line; picocli sets its options.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, version = "Blueprint " + BlueprintCommand.VERSION,
        description = "How well is the region served today? Computes access to every service in the catalogue "
                + "(GP practices, type-1 A&E, hyper-acute stroke units, major trauma centres) and writes a "
                + "self-contained HTML report with maps and charts, summary.json and CSV tables.")
final class DemoCommand implements Callable<Integer> {
    private final Application app;

    @Spec
    private CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "out/demo",
            description = "Folder to write the report into (default: ${DEFAULT-VALUE}).")
    private Path out;

    @Option(names = "--dataset", paramLabel = "DIR", description = "Dataset folder (default: the bundled London data).")
    private Path dataset;

    @Option(names = "--json", description = "Print a JSON summary instead of text.")
    private boolean json;

    @picocli.CommandLine.ArgGroup(exclusive = false, heading = "Travel times:%n")
    private TravelTimesOptions travel = new TravelTimesOptions();

    DemoCommand(Application app) {
        this.app = app;
    }

    @Override
    public Integer call() throws Exception {
        Path dir = app.dataset(dataset, spec);
        Progress steps = app.progress(spec.commandLine().getErr(), 6);
        steps.step("loading dataset " + app.display(dir));
        RegionModel model = app.loader().load(dir);
        List<Service> services = model.catalogue().all().stream()
                .filter(s -> !model.sitesOffering(s.id()).isEmpty()).toList();
        if (services.isEmpty()) {
            throw new CommandFailure("no site in dataset " + model.name() + " offers any service in the catalogue");
        }
        steps.resize(services.size() + 2);
        List<AccessResult> results = new ArrayList<>();
        try (RunTravelTimes times = app.travelTimes(travel, spec)) {
            for (Service service : services) {
                steps.step("access to " + service.name());
                results.add(app.access(times.travelTimes()).run(model, service));
            }
        }
        steps.step("writing report to " + out);
        String command = "blueprint " + String.join(" ", spec.commandLine().getParseResult().originalArgs());
        ReportInfo info = ReportInfo.today(model, app.display(dir), command, BlueprintCommand.VERSION);
        List<Path> files = app.reports().write(model, results, info, out);
        steps.finish();
        print(model, results, files);
        return 0;
    }

    private void print(RegionModel model, List<AccessResult> results, List<Path> files) throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        if (json) {
            ObjectNode node = app.json().createObjectNode();
            node.put("dataset", model.name());
            node.put("report", out.resolve("index.html").toString());
            ArrayNode written = node.putArray("files");
            files.forEach(f -> written.add(f.toString()));
            ArrayNode list = node.putArray("services");
            results.forEach(r -> list.add(app.accessJson().toJson(r)));
            ArrayNode notes = node.putArray("notes");
            model.notes().forEach(notes::add);
            o.println(app.json().writeValueAsString(node));
        } else {
            o.printf(Locale.ROOT, "%s: %,d people in %,d small areas%n", model.name(), model.population(),
                    model.areas().size());
            o.printf(Locale.ROOT, "%-24s %10s %-17s %9s %8s %6s %6s%n", "service", "sites", "judged by",
                    "standard", "within", "mean", "P90");
            for (AccessResult r : results) {
                o.printf(Locale.ROOT, "%-24s %10s %-17s %5s min %8s %6.1f %6.1f%n", r.service().name(),
                        AccessTable.sites(r), r.service().mode().id(), Display.plain(r.service().standardMinutes()),
                        Display.percent(r.overall().shareWithin()), r.overall().meanMinutes(), r.overall().p90Minutes());
            }
            if (results.stream().anyMatch(r -> r.sitesOutsideRegion() > 0)) {
                o.println("sites: in " + model.name() + " + beyond its boundary (used by people living near it)");
            }
            model.notes().forEach(n -> o.println("note: " + n));
            o.println("report: " + out.resolve("index.html").toAbsolutePath().normalize());
        }
        o.flush();
    }
}
