package org.nhsblueprint.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nhsblueprint.model.GeoPoint;
import org.nhsblueprint.model.TravelMode;
import org.nhsblueprint.travel.EstimateParameters;
import org.nhsblueprint.travel.GreatCircleEstimate;
import org.nhsblueprint.travel.Reach;

/** Matrices cached in the network folder: reused for the same inputs, never served for another OpenStreetMap file. */
class MatrixCacheTest {
    private static final GreatCircleEstimate ESTIMATE = new GreatCircleEstimate(EstimateParameters.londonDefaults());

    @Test
    void aSecondReachWithTheSameInputsReadsTheCachedMatrixInsteadOfComputingIt(@TempDir Path dir) throws IOException {
        List<GeoPoint> areas = CamdenPoints.areas();
        List<GeoPoint> practices = CamdenPoints.practices();
        try (RoadNetwork network = CamdenNetwork.copyInto(dir)) {
            NetworkTravelTimes times = new NetworkTravelTimes(network, ESTIMATE);
            Reach first = times.reach(areas, practices, TravelMode.CAR, 2, 15);
            List<String> files = CamdenNetwork.cachedMatrices(network);
            MatrixCache cache = new MatrixCache(network.dir(), network.stamp());
            String key = cache.key(NetworkMode.CAR, areas, practices, 30);
            assertEquals(List.of(key + ".bin"), files, "one matrix, for the first search limit (30 minutes)");
            Path file = network.dir().resolve(MatrixCache.FOLDER).resolve(key + ".bin");
            FileTime written = Files.getLastModifiedTime(file);

            Reach second = times.reach(areas, practices, TravelMode.CAR, 2, 15);

            assertEquals(first, second);
            assertEquals(files, CamdenNetwork.cachedMatrices(network));
            assertEquals(written, Files.getLastModifiedTime(file), "the cached matrix was not written again");

            // a doctored cache file shows through: the second reach really was read from the file
            SiteTimes cached = read(file);
            write(file, plusMinutes(cached, 100));
            Reach doctored = times.reach(areas, practices, TravelMode.CAR, 2, 15);
            for (int o = 0; o < areas.size(); o++) {
                assertEquals(first.destination(o, 0), doctored.destination(o, 0));
                assertEquals(first.minutes(o, 0) + 100, doctored.minutes(o, 0), 1e-9);
            }
        }
    }

    @Test
    void eachModeAndSearchLimitHasItsOwnMatrixAndTheKeyCoversEveryInput(@TempDir Path dir) {
        List<GeoPoint> areas = CamdenPoints.areas();
        List<GeoPoint> practices = CamdenPoints.practices();
        try (RoadNetwork network = CamdenNetwork.copyInto(dir)) {
            NetworkTravelTimes times = new NetworkTravelTimes(network, ESTIMATE);
            times.reach(areas, practices, TravelMode.CAR, 2, 15);
            times.reach(areas, practices, TravelMode.AMBULANCE, 2, 15);
            times.reach(areas, practices, TravelMode.CAR, 2, 40);

            MatrixCache cache = new MatrixCache(network.dir(), network.stamp());
            assertEquals(Stream.of(cache.key(NetworkMode.AMBULANCE, areas, practices, 30),
                    cache.key(NetworkMode.CAR, areas, practices, 30), cache.key(NetworkMode.CAR, areas, practices, 80))
                    .map(k -> k + ".bin").sorted().toList(), CamdenNetwork.cachedMatrices(network));

            String key = cache.key(NetworkMode.CAR, areas, practices, 30);
            List<GeoPoint> moved = new ArrayList<>(practices);
            moved.set(0, new GeoPoint(practices.get(0).lat() + 1e-6, practices.get(0).lon()));
            assertNotEquals(key, cache.key(NetworkMode.CAR, areas, moved, 30), "a site moved by 10 cm");
            assertNotEquals(key, cache.key(NetworkMode.CAR, areas.subList(1, areas.size()), practices, 30));
            assertNotEquals(key, cache.key(NetworkMode.CAR, practices, areas, 30), "origins and sites swapped");
            assertEquals(key, new MatrixCache(network.dir(), network.stamp()).key(NetworkMode.CAR, List.copyOf(areas),
                    List.copyOf(practices), 30), "the key depends on the inputs alone");
        }
    }

    @Test
    void aChangedOpenStreetMapFileClearsTheMatricesAndChangesTheKey(@TempDir Path dir) {
        List<GeoPoint> areas = CamdenPoints.areas();
        List<GeoPoint> practices = CamdenPoints.practices();
        String camdenKey;
        try (RoadNetwork camden = CamdenNetwork.copyInto(dir)) {
            new NetworkTravelTimes(camden, ESTIMATE).reach(areas, practices, TravelMode.CAR, 2, 15);
            camdenKey = new MatrixCache(dir, camden.stamp()).key(NetworkMode.CAR, areas, practices, 30);
            assertEquals(List.of(camdenKey + ".bin"), CamdenNetwork.cachedMatrices(camden));
        }

        RoadNetwork.Build build = RoadNetwork.build(CamdenNetwork.GRANARY, dir);
        try (RoadNetwork granary = build.network()) {
            assertTrue(build.imported());
            assertFalse(Files.exists(dir.resolve(MatrixCache.FOLDER)), "the old network's matrices are gone");
            String granaryKey = new MatrixCache(dir, granary.stamp()).key(NetworkMode.CAR, areas, practices, 30);
            assertNotEquals(camdenKey, granaryKey);

            Reach reach = new NetworkTravelTimes(granary, ESTIMATE).reach(areas, practices, TravelMode.CAR, 2, 15);
            assertEquals(List.of(granaryKey + ".bin"), CamdenNetwork.cachedMatrices(granary));
            String note = reach.notes().get(0);
            assertTrue(note.startsWith("Road network granary-square.osm.pbf (car): "), note);
        }
    }

    private static SiteTimes read(Path file) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            return SiteTimes.read(in);
        }
    }

    private static void write(Path file, SiteTimes times) throws IOException {
        try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(file))) {
            times.write(out);
        }
    }

    private static SiteTimes plusMinutes(SiteTimes t, double extra) {
        double[] minutes = t.minutes.clone();
        for (int i = 0; i < minutes.length; i++) {
            minutes[i] += extra;
        }
        return new SiteTimes(t.originCovered, t.destinationCovered, t.originSnapMetres, t.destinationSnapMetres,
                t.offsets, t.destination, minutes, t.metres,
                t.limitMinutes);
    }
}
