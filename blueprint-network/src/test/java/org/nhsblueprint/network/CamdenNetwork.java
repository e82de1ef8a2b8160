package org.nhsblueprint.network;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.nhsblueprint.model.GeoPoint;

/** The real Camden network, built once per test run into a temporary folder and shared (read-only) by the tests. */
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
                network = RoadNetwork.build(OSM, dir).network();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return network;
    }
}
