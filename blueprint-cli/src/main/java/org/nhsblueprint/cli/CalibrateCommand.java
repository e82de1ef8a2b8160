package org.nhsblueprint.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.nhsblueprint.model.Area;
import org.nhsblueprint.model.RegionModel;
import org.nhsblueprint.model.Site;
import org.nhsblueprint.network.Calibration;
import org.nhsblueprint.network.CalibrationFile;
import org.nhsblueprint.network.CalibrationReport;
import org.nhsblueprint.network.RoadNetwork;
import org.nhsblueprint.travel.EstimateParameters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code blueprint calibrate}: fits the estimator's speed and detour factor per mode against road-network times on
 * the same area-to-site pairs, reports the error before and after, and writes the fitted parameters for
 * {@code --estimate-parameters}. One instance per command line.
 */
@Command(name = "calibrate", mixinStandardHelpOptions = true, version = "Blueprint " + BlueprintCommand.VERSION,
        description = "Fit the straight-line estimate's speed and detour factor for walking, car and ambulance "
                + "against road-network times between the dataset's areas and sites inside the network, report the "
                + "error (median and P90 absolute minutes, bias) before and after, and write the fitted parameters "
                + "to a file that '--estimate-parameters FILE' uses, so runs without a network get calibrated estimates.")
final class CalibrateCommand implements Callable<Integer> {
    private final Application app;

    @Spec
    private CommandSpec spec;

    @Option(names = "--network", required = true, paramLabel = "DIR", description = "Road network folder.")
    private Path network;

    @Option(names = "--dataset", paramLabel = "DIR", description = "Dataset folder (default: the bundled London data).")
    private Path dataset;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "out/estimate-parameters.json",
            description = "Where to write the fitted parameters (default: ${DEFAULT-VALUE}).")
    private Path out;

    @Option(names = "--json", description = "Print the calibration as JSON (the file's contents) instead of a table.")
    private boolean json;

    CalibrateCommand(Application app) {
        this.app = app;
    }

    @Override
    public Integer call() throws Exception {
        Path dir = app.dataset(dataset, spec);
        Progress progress = app.progress(spec.commandLine().getErr(), 2);
        progress.step("loading dataset " + app.display(dir));
        RegionModel model = app.loader().load(dir);
        progress.step("road journeys for every area and site inside the network");
        CalibrationReport report;
        try (RoadNetwork road = RoadNetwork.open(network)) {
            report = Calibration.run(road, model.areas().stream().map(Area::centroid).toList(),
                    model.sites().stream().map(Site::location).toList(), EstimateParameters.londonDefaults());
        }
        if (out.getParent() != null) {
            java.nio.file.Files.createDirectories(out.getParent());
        }
        CalibrationFile.write(out, report);
        progress.finish();
        PrintWriter o = spec.commandLine().getOut();
        if (json) {
            o.println(CalibrationFile.json(report));
        } else {
            report.lines().forEach(o::println);
            o.println("Fitted parameters written to " + out + " (use with --estimate-parameters " + out + ")");
        }
        o.flush();
        return 0;
    }
}
