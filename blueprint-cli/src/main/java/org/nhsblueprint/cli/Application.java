package org.nhsblueprint.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Files;
import java.nio.file.Path;
import org.nhsblueprint.access.AccessAnalysis;
import org.nhsblueprint.dataset.DatasetLoader;
import org.nhsblueprint.report.AccessJson;
import org.nhsblueprint.report.ReportWriter;
import org.nhsblueprint.travel.EstimateParameters;
import org.nhsblueprint.travel.GreatCircleEstimate;
import org.nhsblueprint.travel.TravelTimes;
import picocli.CommandLine;

/**
 * Builds every component by hand and hands each command what it needs. No framework, no reflection beyond picocli's
 * option binding, no conditionals: one place to read to see how Blueprint fits together.
 *
 * @param home the Blueprint installation folder (holds {@code datasets/}); the launcher passes it as the
 *             {@code blueprint.home} system property
 */
public record Application(Path home, DatasetLoader loader, TravelTimes travelTimes, AccessAnalysis access,
                          ObjectMapper json, AccessJson accessJson, ReportWriter reports) {

    /** The standard wiring: bundled London data, great-circle estimates with London defaults. */
    public static Application standard() {
        Path home = Path.of(System.getProperty("blueprint.home", "."));
        return wired(home);
    }

    static Application wired(Path home) {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        TravelTimes travelTimes = new GreatCircleEstimate(EstimateParameters.londonDefaults());
        return new Application(home, new DatasetLoader(), travelTimes, new AccessAnalysis(travelTimes), json,
                new AccessJson(json), new ReportWriter(json));
    }

    /** The bundled London dataset. */
    public Path defaultDataset() {
        return home.resolve("datasets").resolve("london");
    }

    /** Resolves the {@code --dataset} option: the given folder, or the bundled London data. */
    Path dataset(Path option, CommandLine.Model.CommandSpec spec) {
        Path dir = option == null ? defaultDataset() : option;
        if (!Files.isDirectory(dir)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--dataset: folder not found: " + dir
                    + (option == null ? " (set -Dblueprint.home or run from the Blueprint folder)" : ""));
        }
        return dir;
    }

    /** A dataset folder as reports show it: relative to the Blueprint home when inside it, so reports match across machines. */
    String display(Path dataset) {
        Path absolute = dataset.toAbsolutePath().normalize();
        Path root = home.toAbsolutePath().normalize();
        return absolute.startsWith(root) ? root.relativize(absolute).toString() : dataset.toString();
    }

    public CommandLine commandLine() {
        CommandLine cli = new CommandLine(new BlueprintCommand());
        cli.addSubcommand("demo", new DemoCommand(this));
        cli.addSubcommand("access", new AccessCommand(this));
        cli.setExecutionExceptionHandler(new FailureHandler());
        cli.setCaseInsensitiveEnumValuesAllowed(false);
        return cli;
    }
}
