package org.nhsblueprint.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nhsblueprint.model.GeoPoint;

/** Building, reusing and routing on real OpenStreetMap data. */
class RoadNetworkTest {

    @Test
    void universityCollegeHospitalToTheRoyalFreeIsAPlausibleDrive() {
        Journey car = CamdenNetwork.get().route(CamdenNetwork.UCH, CamdenNetwork.ROYAL_FREE, NetworkMode.CAR);
        assertEquals(3_700, car.straightLineMetres(), 150);
        assertTrue(car.metres() > car.straightLineMetres(), "a road route is longer than the crow flies: " + car);
        assertTrue(car.metres() < 2 * car.straightLineMetres(), "no absurd detour: " + car);
        assertTrue(car.minutes() > 4 && car.minutes() < 20, "minutes " + car.minutes());
        assertTrue(car.fromSnapMetres() < 200 && car.toSnapMetres() < 200, car.toString());
    }

    @Test
    void theAmbulanceIsFasterThanTheCarAndTheCarFasterThanWalking() {
        RoadNetwork n = CamdenNetwork.get();
        Journey car = n.route(CamdenNetwork.UCH, CamdenNetwork.ROYAL_FREE, NetworkMode.CAR);
        Journey ambulance = n.route(CamdenNetwork.UCH, CamdenNetwork.ROYAL_FREE, NetworkMode.AMBULANCE);
        Journey foot = n.route(CamdenNetwork.UCH, CamdenNetwork.ROYAL_FREE, NetworkMode.FOOT);
        assertTrue(ambulance.minutes() < car.minutes(), ambulance + " vs " + car);
        assertTrue(car.minutes() < foot.minutes(), car + " vs " + foot);
        // walking at 4.8 km/h: minutes are metres / 80 (GraphHopper rounds each edge to the millisecond)
        assertEquals(foot.metres() / 80, foot.minutes(), foot.minutes() * 0.01);
    }

    @Test
    void aPointOutsideTheNetworkIsRefusedWithItsDistance() {
        GeoPoint croydon = new GeoPoint(51.3762, -0.0982);
        NetworkException e = assertThrows(NetworkException.class,
                () -> CamdenNetwork.get().route(CamdenNetwork.UCH, croydon, NetworkMode.CAR));
        assertTrue(e.getMessage().contains("outside the road network's coverage"), e.getMessage());
    }

    @Test
    void aSecondBuildOfTheSameFileReusesTheNetworkAndAChangedFileIsImportedAgain(@TempDir Path dir) throws Exception {
        Path osm = dir.resolve("area.osm.pbf");
        Files.copy(CamdenNetwork.GRANARY, osm);
        Path out = dir.resolve("network");
        RoadNetwork.Build first = RoadNetwork.build(osm, out);
        first.network().close();
        assertTrue(first.imported());
        RoadNetwork.Build second = RoadNetwork.build(osm, out);
        second.network().close();
        assertFalse(second.imported());
        Files.copy(CamdenNetwork.OSM, osm, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        RoadNetwork.Build third = RoadNetwork.build(osm, out);
        try (RoadNetwork n = third.network()) {
            assertTrue(third.imported());
            assertEquals(NetworkStamp.of(CamdenNetwork.OSM).osmSha256(), n.stamp().osmSha256());
            n.route(CamdenNetwork.UCH, CamdenNetwork.ROYAL_FREE, NetworkMode.CAR); // the new, larger file's roads
        }
    }

    @Test
    void buildingAgainIntoAFolderWhoseGraphWasDeletedImportsTheFileAfresh(@TempDir Path dir) throws Exception {
        CamdenNetwork.copyInto(dir).close();
        try (Stream<Path> graph = Files.walk(dir.resolve("graph"))) {
            for (Path p : (Iterable<Path>) graph.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
        RoadNetwork.Build rebuilt = RoadNetwork.build(CamdenNetwork.OSM, dir);
        try (RoadNetwork n = rebuilt.network()) {
            assertTrue(rebuilt.imported());
            n.route(CamdenNetwork.UCH, CamdenNetwork.ROYAL_FREE, NetworkMode.CAR);
        }
    }

    @Test
    void openingAFolderWithoutANetworkExplainsHowToBuildOne(@TempDir Path dir) {
        NetworkException e = assertThrows(NetworkException.class, () -> RoadNetwork.open(dir));
        assertTrue(e.getMessage().contains("blueprint network build"), e.getMessage());
    }
}
