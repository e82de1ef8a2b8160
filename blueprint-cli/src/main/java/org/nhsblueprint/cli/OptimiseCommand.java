package org.nhsblueprint.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.nhsblueprint.dataset.OptimiseSpecFile;
import org.nhsblueprint.model.OptimiseSpec;
import org.nhsblueprint.model.RegionModel;
import org.nhsblueprint.model.Service;
import org.nhsblueprint.model.Site;
import org.nhsblueprint.model.SiteCode;
import org.nhsblueprint.optimise.LocationProblem;
import org.nhsblueprint.optimise.PMedianSolver;
import org.nhsblueprint.optimise.RegionProblem;
import org.nhsblueprint.optimise.TradeOff;
import org.nhsblueprint.report.TradeOffReportWriter;
import org.nhsblueprint.travel.EstimateParameters;
import org.nhsblueprint.travel.GreatCircleEstimate;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code blueprint optimise SPEC.yaml}: where a service's sites should be, for each number of sites in a range: the
 * trade-off table and chart, and a scenario file for each number (and {@code scenario.yaml} for the one the spec's
 * choice rule picks) that {@code blueprint appraise} runs. Subcommands solve OR-Library benchmark instances. One
 * instance per command line.
 */
@Command(name = "optimise", mixinStandardHelpOptions = true, version = "Blueprint " + BlueprintCommand.VERSION,
        description = "Where sites should be: p-median over a range of numbers of sites, with a minimum volume, "
                + "fixed and forbidden sites; writes a trade-off report and scenarios appraise can run "
                + "(docs/optimisation.md). Subcommands solve OR-Library benchmark instances.")
final class OptimiseCommand implements Callable<Integer> {
    private final Application app;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SPEC.yaml", description = "A location question.")
    private Path file;

    @Option(names = "--out", paramLabel = "DIR", description = "Folder for the report, trade-off table and scenarios"
            + " (default: out/optimise-NAME).")
    private Path out;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "25",
            description = "Time limit per number of sites, seconds (default ${DEFAULT-VALUE}).")
    private double seconds;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "20261122", description = "Seed for the search.")
    private long seed;

    @Option(names = "--json", description = "Print one JSON object instead of a table.")
    private boolean json;

    OptimiseCommand(Application app) {
        this.app = app;
    }

    @Override
    public Integer call() throws Exception {
        if (file == null) {
            spec.commandLine().usage(spec.commandLine().getErr());
            return 2;
        }
        if (!Files.isRegularFile(file)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "SPEC.yaml: file not found: " + file);
        }
        OptimiseSpec q = new OptimiseSpecFile().read(file);
        Path dir = app.dataset(app.bundledOrFolder(q.dataset() == null ? "london" : q.dataset()), spec);
        RegionModel model = app.loader().load(dir);
        Service service = model.catalogue().find(q.service()).orElseThrow(() -> new CommandFailure(file
                + ": service '" + q.service() + "' is not in the catalogue"));
        List<Site> candidates = model.sitesOffering(q.candidatesOffering()).stream().filter(s -> !s.outsideRegion())
                .toList();
        if (candidates.isEmpty()) {
            throw new CommandFailure(file + ": no site in the region offers '" + q.candidatesOffering() + "'");
        }
        double standard = Double.isNaN(q.standardMinutes()) ? service.standardMinutes() : q.standardMinutes();
        int maxP = q.ps().stream().mapToInt(Integer::intValue).max().orElse(1);
        if (maxP > candidates.size()) {
            throw new CommandFailure(file + ": p up to " + maxP + " but only " + candidates.size() + " candidates");
        }
        GreatCircleEstimate estimate = app.estimate() instanceof GreatCircleEstimate g ? g
                : new GreatCircleEstimate(EstimateParameters.londonDefaults());
        LocationProblem problem = RegionProblem.of(q.name(), model, candidates, service.mode(), estimate,
                q.ps().get(0), standard);
        problem = problem.withFixed(indexes(candidates, q.fixed(), "fixed")).withForbidden(indexes(candidates,
                q.forbidden(), "forbidden"));
        DemandFiles demand;
        try {
            demand = DemandFiles.of(dir);
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(e.getMessage());
        }
        double[] volume = new double[model.areas().size()];
        var rate = demand.rates() == null ? java.util.Optional.<org.nhsblueprint.demand.DemandRate>empty()
                : demand.rates().of(q.service());
        for (int i = 0; i < volume.length; i++) {
            var area = model.areas().get(i);
            volume[i] = rate.isPresent() ? rate.get().yearlyEvents(area) : area.population();
        }
        double minimum = q.minVolume();
        if (minimum == OptimiseSpec.DATASET_MINIMUM) {
            minimum = demand.minimums() == null ? Double.NaN : demand.minimums().of(q.service())
                    .map(org.nhsblueprint.demand.MinimumVolume::minPerYear).orElse(Double.NaN);
        }
        Progress progress = app.progress(spec.commandLine().getErr(), 2);
        progress.step(String.format(Locale.ROOT, "%d candidates, %d areas, p from %d to %d", candidates.size(),
                model.areas().size(), q.ps().get(0), maxP));
        PMedianSolver solver = new PMedianSolver(new PMedianSolver.Options(seed, 30, 10, 300, seconds));
        List<TradeOff.Row> rows = TradeOff.run(problem, volume, minimum, q.ps().stream().mapToInt(Integer::intValue)
                .toArray(), solver);
        int chosen = 0;
        for (TradeOff.Row r : rows) {
            if (r.pareto() && r.meetsMinimum() && r.shareWithin() >= q.minShareWithin() && (chosen == 0 || r.p() < chosen)) {
                chosen = r.p();
            }
        }
        Path outDir = out != null ? out : app.home().resolve("out").resolve("optimise-" + slug(q.name()));
        progress.step("writing the trade-off report and scenarios to " + outDir);
        String unit = rate.isPresent() ? "yearly " + q.service() + " demand (" + rate.get().source() + ")"
                : "residents";
        String source = "Candidates: the " + candidates.size() + " sites in " + model.name() + " offering '"
                + q.candidatesOffering() + "'. Journeys: " + estimate.describe(service.mode()) + " Volumes: "
                + unit + ".";
        new TradeOffReportWriter().write(model, q.name(), q.description(), service.name(), standard, minimum, rows,
                chosen, source, outDir);
        for (TradeOff.Row r : rows) {
            Files.writeString(outDir.resolve("scenario-p" + r.p() + ".yaml"), scenario(q, r, candidates, dir, outDir));
            if (r.p() == chosen) {
                Files.writeString(outDir.resolve("scenario.yaml"), scenario(q, r, candidates, dir, outDir));
            }
        }
        progress.finish();
        PrintWriter o = spec.commandLine().getOut();
        if (json) {
            ObjectNode n = app.json().createObjectNode();
            n.put("name", q.name());
            n.put("service", q.service().value());
            n.put("candidates", candidates.size());
            n.put("standard_minutes", standard);
            if (Double.isNaN(minimum)) {
                n.putNull("min_volume");
            } else {
                n.put("min_volume", minimum);
            }
            n.put("chosen_p", chosen);
            n.put("out", outDir.toAbsolutePath().normalize().toString());
            ArrayNode list = n.putArray("tradeoff");
            for (TradeOff.Row r : rows) {
                ObjectNode row = list.addObject();
                row.put("p", r.p());
                row.put("objective", r.solution().objective());
                row.put("lower_bound", r.solution().lowerBound());
                row.put("gap", r.solution().gap());
                row.put("seconds", Math.round(r.solution().seconds() * 1000) / 1000.0);
                row.put("mean_minutes", r.meanMinutes());
                row.put("share_within_standard", r.shareWithin());
                row.put("smallest_site_volume", r.smallestVolume());
                row.put("meets_minimum", r.meetsMinimum());
                row.put("pareto", r.pareto());
                ArrayNode sites = row.putArray("open_sites");
                r.solution().open().forEach(j -> sites.add(candidates.get(j).code().value()));
            }
            o.println(app.json().writeValueAsString(n));
        } else {
            o.printf(Locale.ROOT, "%s: %d candidates offering '%s', standard %s min%n", q.name(), candidates.size(),
                    q.candidatesOffering(), org.nhsblueprint.report.Display.plain(standard));
            o.printf(Locale.ROOT, "%6s %12s %10s %16s %8s %7s %8s %8s%n", "sites", "mean min", "within", "smallest site",
                    "minimum", "pareto", "gap", "seconds");
            for (TradeOff.Row r : rows) {
                o.printf(Locale.ROOT, "%6d %12.2f %10s %16s %8s %7s %7.2f%% %8.1f%n", r.p(), r.meanMinutes(),
                        org.nhsblueprint.report.Display.percent(r.shareWithin()),
                        org.nhsblueprint.report.Display.count(Math.round(r.smallestVolume())),
                        Double.isNaN(minimum) ? "-" : r.meetsMinimum() ? "met" : "not met", r.pareto() ? "yes" : "",
                        100 * r.solution().gap(), r.solution().seconds());
            }
            o.println(chosen > 0 ? "chosen: " + chosen + " sites -> " + outDir.resolve("scenario.yaml")
                    : "no number of sites met the choice rule; scenario-pN.yaml written for each");
            o.println("report: " + outDir.resolve(TradeOffReportWriter.INDEX).toAbsolutePath().normalize());
        }
        o.flush();
        return 0;
    }

    private int[] indexes(List<Site> candidates, List<SiteCode> codes, String field) {
        int[] out = new int[codes.size()];
        for (int k = 0; k < codes.size(); k++) {
            int at = -1;
            for (int j = 0; j < candidates.size(); j++) {
                if (candidates.get(j).code().equals(codes.get(k))) {
                    at = j;
                }
            }
            if (at < 0) {
                throw new CommandFailure(file + ": " + field + " site " + codes.get(k) + " is not a candidate");
            }
            out[k] = at;
        }
        return out;
    }

    /** A scenario file appraise can run: centralise the service onto the sites, or convert each of them. */
    private static String scenario(OptimiseSpec q, TradeOff.Row r, List<Site> candidates, Path dataset, Path outDir) {
        List<String> codes = new ArrayList<>();
        r.solution().open().forEach(j -> codes.add(candidates.get(j).code().value()));
        StringBuilder y = new StringBuilder();
        y.append("# Written by 'blueprint optimise ").append(q.file()).append("': the ").append(r.p())
                .append(" sites that minimise population-weighted journeys").append(Double.isNaN(r.smallestVolume())
                        ? "" : "").append(String.format(Locale.ROOT, " (mean %.2f min, %.1f%% within the standard,"
                        + " stated gap %.2f%%).%n", r.meanMinutes(), 100 * r.shareWithin(), 100 * r.solution().gap()));
        y.append("name: ").append(quote(q.name() + " (" + r.p() + " sites)")).append('\n');
        y.append("description: ").append(quote("Optimised by Blueprint: " + r.p() + " sites for " + q.service()))
                .append('\n');
        y.append("dataset: ").append(quote(dataset.toAbsolutePath().normalize().toString())).append('\n');
        y.append("modifications:\n");
        if (q.convert()) {
            for (String code : codes) {
                y.append("  - convert: {site: ").append(code).append(", add: [")
                        .append(String.join(", ", q.addServices().stream().map(s -> s.value()).sorted().toList()))
                        .append(']');
                if (!q.capacity().isEmpty()) {
                    y.append(", capacity: {");
                    y.append(String.join(", ", q.capacity().entrySet().stream().sorted(java.util.Map.Entry
                            .comparingByKey()).map(e -> e.getKey().value() + ": " + org.nhsblueprint.report.Display
                            .plain(e.getValue())).toList()));
                    y.append('}');
                }
                y.append("}\n");
            }
        } else {
            y.append("  - centralise:\n      service: ").append(q.service().value()).append("\n      onto: [")
                    .append(String.join(", ", codes)).append("]\n");
        }
        return y.toString();
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String slug(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
