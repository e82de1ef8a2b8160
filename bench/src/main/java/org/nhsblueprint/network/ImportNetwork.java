package org.nhsblueprint.network;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Builds a road network from an OpenStreetMap file into a folder (or reuses the one there) and prints how long the
 * import took: {@code bench/run-network.sh} uses it to prepare the benchmark's network and, under
 * {@code /usr/bin/time -v} into fresh folders, to measure import time and peak memory.
 *
 * <p>Usage: {@code java -cp bench/target/benchmarks.jar org.nhsblueprint.network.ImportNetwork OSM.pbf FOLDER}
 */
public final class ImportNetwork {
    private ImportNetwork() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: ImportNetwork OSM.pbf FOLDER");
            System.exit(2);
        }
        RoadNetwork.Build build = RoadNetwork.build(Path.of(args[0]), Path.of(args[1]));
        build.network().close();
        System.out.println(build.imported()
                ? String.format(Locale.ROOT, "import_seconds %.3f", build.importSeconds())
                : "reused the network in " + args[1]);
    }
}
