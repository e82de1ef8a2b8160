package org.nhsblueprint.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.nhsblueprint.network.NetworkStamp;
import org.nhsblueprint.network.RoadNetwork;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code blueprint network build OSM.pbf --out DIR}: imports OpenStreetMap into a road network with car, ambulance
 * and foot profiles, or reuses the one already in DIR if it was built from the same file. One instance per command
 * line.
 */
@Command(name = "build", mixinStandardHelpOptions = true, version = "Blueprint " + BlueprintCommand.VERSION,
        description = "Import an OpenStreetMap extract (.osm.pbf) into a road network with car, blue-light ambulance "
                + "and foot profiles, stored in DIR. A second run on the same file reuses the network; a changed "
                + "file is imported again.")
final class NetworkBuildCommand implements Callable<Integer> {
    private final Application app;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OSM.pbf", description = "OpenStreetMap extract, e.g. datasets/osm/camden.osm.pbf")
    private Path osm;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to store the network in.")
    private Path out;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    private boolean json;

    NetworkBuildCommand(Application app) {
        this.app = app;
    }

    @Override
    public Integer call() throws Exception {
        if (!java.nio.file.Files.isRegularFile(osm)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "OSM.pbf: file not found: " + osm);
        }
        Progress progress = app.progress(spec.commandLine().getErr(), 1);
        progress.step("building the road network from " + osm);
        RoadNetwork.Build build = RoadNetwork.build(osm, out);
        NetworkStamp stamp;
        try (RoadNetwork network = build.network()) {
            stamp = network.stamp();
        }
        progress.finish();
        PrintWriter o = spec.commandLine().getOut();
        if (json) {
            ObjectNode n = app.json().createObjectNode();
            n.put("network", out.toString());
            n.put("osm_file", stamp.osmFile());
            n.put("osm_sha256", stamp.osmSha256());
            n.put("imported", build.imported());
            n.put("import_seconds", Math.round(stamp.importSeconds() * 100) / 100.0);
            n.putArray("profiles").add("car").add("ambulance").add("foot");
            n.put("attribution", "© OpenStreetMap contributors, ODbL 1.0");
            o.println(app.json().writeValueAsString(n));
        } else {
            String what = build.imported()
                    ? String.format(Locale.ROOT, "Imported %s in %.1f s", stamp.osmFile(), build.importSeconds())
                    : "Reused the network already built from " + stamp.osmFile() + " (same file)";
            o.printf(Locale.ROOT, "%s into %s (profiles: car, ambulance, foot)%n", what, out);
            o.println("© OpenStreetMap contributors, ODbL 1.0");
        }
        o.flush();
        return 0;
    }
}
