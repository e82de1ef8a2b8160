package org.nhsblueprint.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongSupplier;
import org.nhsblueprint.access.AccessAnalysis;
import org.nhsblueprint.dataset.DatasetLoader;
import org.nhsblueprint.network.CalibrationFile;
import org.nhsblueprint.network.NetworkTravelTimes;
import org.nhsblueprint.network.RoadNetwork;
import org.nhsblueprint.report.AccessJson;
import org.nhsblueprint.report.ReportWriter;
import org.nhsblueprint.travel.EstimateParameters;
import org.nhsblueprint.travel.GreatCircleEstimate;
import org.nhsblueprint.travel.TravelTimes;
import picocli.CommandLine;

/**
 * Builds every component by hand and hands each command what it needs. No framework, no reflection beyond picocli's
 * option binding: one place to read to see how Blueprint fits together. The only things read from the environment
 * (the installation folder, the clock for progress timings, whether standard error is a terminal) are read in
 * {@link #standard()} and passed in. Immutable.
 *
 * @param home     the Blueprint installation folder (holds {@code datasets/}); the launcher passes it as the
 *                 {@code blueprint.home} system property
 * @param nanos    a monotonic clock in nanoseconds, for the elapsed time progress bars show
 * @param terminal whether standard error is a terminal (progress bars redraw in place) or a file or pipe
 */
public record Application(Path home, DatasetLoader loader, TravelTimes estimate, ObjectMapper json,
                          AccessJson accessJson, ReportWriter reports, LongSupplier nanos, boolean terminal) {

    /** The standard wiring: bundled London data, great-circle estimates with London defaults. */
    public static Application standard() {
        Path home = Path.of(System.getProperty("blueprint.home", "."));
        return wired(home, System::nanoTime, System.console() != null);
    }

    static Application wired(Path home, LongSupplier nanos, boolean terminal) {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        TravelTimes estimate = new GreatCircleEstimate(EstimateParameters.londonDefaults());
        return new Application(home, new DatasetLoader(), estimate, json, new AccessJson(json), new ReportWriter(json),
                nanos, terminal);
    }

    /** Access analysis on the given travel times. */
    AccessAnalysis access(TravelTimes travelTimes) {
        return new AccessAnalysis(travelTimes);
    }

    /**
     * The travel times a run asked for: the estimate (with calibrated parameters if given), or road-network times
     * falling back to that estimate for pairs the network cannot answer.
     */
    RunTravelTimes travelTimes(TravelTimesOptions options, CommandLine.Model.CommandSpec spec) {
        TravelTimes estimate = options.estimateParameters == null ? this.estimate
                : new GreatCircleEstimate(CalibrationFile.parameters(options.estimateParameters,
                        EstimateParameters.londonDefaults()));
        if (options.source == TravelTimesOptions.Source.estimate) {
            if (options.network != null) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--network is only used with --travel-times network");
            }
            return new RunTravelTimes(estimate, null);
        }
        if (options.network == null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--travel-times network needs --network DIR (build one with: blueprint network build OSM.pbf --out DIR)");
        }
        RoadNetwork network = RoadNetwork.open(options.network);
        return new RunTravelTimes(new NetworkTravelTimes(network, estimate), network);
    }

    /** A progress bar on standard error for a command of {@code steps} steps. */
    Progress progress(PrintWriter err, int steps) {
        return new Progress(err, steps, terminal, nanos);
    }

    /** The bundled London dataset. */
    public Path defaultDataset() {
        return home.resolve("datasets").resolve("london");
    }

    /**
     * Resolves the {@code --dataset} option: the given folder (a usage error if it is not one), or the bundled London
     * data (an installation problem if it is missing).
     */
    Path dataset(Path option, CommandLine.Model.CommandSpec spec) {
        if (option == null) {
            if (!Files.isDirectory(defaultDataset())) {
                throw new CommandFailure("the bundled dataset is missing: " + defaultDataset().toAbsolutePath().normalize()
                        + " (run Blueprint through the ./blueprint launcher, or set -Dblueprint.home to its folder)");
            }
            return defaultDataset();
        }
        if (!Files.isDirectory(option)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--dataset: folder not found: " + option);
        }
        return option;
    }

    /** A dataset folder as reports show it: relative to the Blueprint home when inside it, so reports match across machines. */
    String display(Path dataset) {
        Path absolute = dataset.toAbsolutePath().normalize();
        Path root = home.toAbsolutePath().normalize();
        return absolute.startsWith(root) ? root.relativize(absolute).toString() : dataset.toString();
    }

    /** The dataset a scenario names: a bundled dataset by name, else a folder path; null if it names none. */
    Path bundledOrFolder(String name) {
        if (name == null) {
            return null;
        }
        Path bundled = home.resolve("datasets").resolve(name);
        return Files.isDirectory(bundled) ? bundled : Path.of(name);
    }

    public CommandLine commandLine() {
        CommandLine cli = new CommandLine(new BlueprintCommand());
        cli.addSubcommand("demo", new DemoCommand(this));
        cli.addSubcommand("access", new AccessCommand(this));
        cli.addSubcommand("network", new CommandLine(new NetworkCommand())
                .addSubcommand("build", new NetworkBuildCommand(this)));
        cli.addSubcommand("route", new RouteCommand(this));
        cli.addSubcommand("calibrate", new CalibrateCommand(this));
        cli.addSubcommand("appraise", new AppraiseCommand(this));
        cli.addSubcommand("compare", new CompareCommand(this));
        cli.addSubcommand("optimise", new CommandLine(new OptimiseCommand(this))
                .addSubcommand("pmedian", new CommandLine(new OrlibCommand(this, false)).setCommandName("pmedian"))
                .addSubcommand("cpmedian", new CommandLine(new OrlibCommand(this, true)).setCommandName("cpmedian")));
        cli.addSubcommand("consult", new CommandLine(new ConsultCommand())
                .addSubcommand("analyse", new ConsultAnalyseCommand(this))
                .addSubcommand("campaigns", new ConsultCampaignsCommand(this))
                .addSubcommand("synthesise", new ConsultSynthesiseCommand(this)));
        cli.addSubcommand("serve", new ServeCommand(this));
        cli.addSubcommand("account", new AccountCommand(this));
        cli.addSubcommand("capacity", new CommandLine(new CapacityCommand())
                .addSubcommand("queue", new QueueCommand(this))
                .addSubcommand("staff", new StaffCommand(this)));
        cli.setExecutionExceptionHandler(new FailureHandler());
        cli.setCaseInsensitiveEnumValuesAllowed(false);
        return cli;
    }
}
