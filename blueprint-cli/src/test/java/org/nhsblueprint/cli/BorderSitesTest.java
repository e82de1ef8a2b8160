package org.nhsblueprint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.nhsblueprint.model.Area;
import org.nhsblueprint.model.RegionModel;
import org.nhsblueprint.model.ServiceId;
import org.nhsblueprint.model.Site;

/**
 * The GP practices shipped as London's border destinations are exactly the rule in their SOURCE.md: every practice in
 * the England table that is not a London practice and lies within 5 km of a London LSOA centroid.
 */
class BorderSitesTest {
    private static final Application APP = Application.wired(Path.of(".."), () -> 0L, false);
    private static final double BORDER_METRES = 5_000;

    @Test
    void theBorderPracticesAreExactlyThoseWithinFiveKilometresOfLondon() {
        RegionModel london = APP.loader().load(APP.home().resolve("datasets/london"));
        RegionModel england = APP.loader().load(APP.home().resolve("datasets/england"));
        Set<String> inLondon = new TreeSet<>();
        Set<String> shipped = new TreeSet<>();
        for (Site s : london.sites()) {
            if (s.table().equals("gp_practices")) {
                (s.outsideRegion() ? shipped : inLondon).add(s.code().value());
            }
        }
        Set<String> expected = new TreeSet<>();
        for (Site s : england.sites()) {
            if (!inLondon.contains(s.code().value()) && london.areas().stream()
                    .anyMatch(a -> a.centroid().metresTo(s.location()) <= BORDER_METRES)) {
                expected.add(s.code().value());
            }
        }
        assertEquals(expected, shipped);
        assertEquals(105, shipped.size());
    }

    @Test
    void borderSitesServeLondonersButAddNoLondoners() {
        RegionModel london = APP.loader().load(APP.home().resolve("datasets/london"));
        assertEquals(8_799_687, london.areas().stream().mapToLong(Area::population).sum());
        long beyond = london.sitesOffering(new ServiceId("ae")).stream().filter(Site::outsideRegion).count();
        assertEquals(8, beyond);
        assertTrue(london.sitesOffering(new ServiceId("hasu")).stream().noneMatch(Site::outsideRegion));
    }
}
