package org.nhsblueprint.network;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.nhsblueprint.model.GeoPoint;

/**
 * The real Camden network, built once per test run into a temporary folder and shared (read-only) by the tests; the
 * folder is closed and deleted when the test JVM exits. Tests that need an empty matrix cache open their own copy.
 */
final class CamdenNetwork {
    static final Path OSM = Path.of("..", "datasets", "osm", "camden.osm.pbf");
    static final Path GRANARY = Path.of("..", "datasets", "osm", "granary-square.osm.pbf");
    static final GeoPoint UCH = new GeoPoint(51.5247, -0.1369);
    static final GeoPoint ROYAL_FREE = new GeoPoint(51.5529, -0.1655);

    private static RoadNetwork network;

    private CamdenNetwork() {
    }

    static synchronized RoadNetwork get() {
        if (network == null) {
            try {
                Path dir = Files.createTempDirectory("camden-network");
                RoadNetwork built = RoadNetwork.build(OSM, dir).network();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    built.close();
                    delete(dir);
                }));
                network = built;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return network;
    }

    /**
     * The shared Camden graph opened again from a copy in {@code dir}: the same roads, but a matrix cache of its own
     * that starts empty. The caller closes it.
     */
    static RoadNetwork copyInto(Path dir) {
        Path source = get().dir();
        try {
            Files.createDirectories(dir.resolve("graph"));
            try (Stream<Path> files = Files.list(source.resolve("graph"))) {
                for (Path f : files.toList()) {
                    Files.copy(f, dir.resolve("graph").resolve(f.getFileName()));
                }
            }
            Files.copy(source.resolve(NetworkStamp.FILE_NAME), dir.resolve(NetworkStamp.FILE_NAME));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return RoadNetwork.open(dir);
    }

    /** The files in a network folder's matrix cache, by name (empty if the folder is missing). */
    static List<String> cachedMatrices(RoadNetwork network) {
        Path folder = network.dir().resolve(MatrixCache.FOLDER);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temporary folder left behind is harmless; the JVM is exiting
        }
    }
}
