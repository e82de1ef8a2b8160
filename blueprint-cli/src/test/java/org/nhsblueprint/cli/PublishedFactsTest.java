package org.nhsblueprint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.nhsblueprint.access.AccessResult;
import org.nhsblueprint.model.RegionModel;
import org.nhsblueprint.model.ServiceId;

/**
 * The baseline against what was published: London's 2010 stroke network was designed so that no Londoner was more
 * than about 30 minutes' ambulance journey from one of 8 HASUs; the 4 major trauma centres were to be within 45
 * minutes; Todd et al. (2015) found 84.8% of England within a 20-minute walk of a GP practice. The estimator is
 * not a road network, so the checks allow for its coarseness but would fail if its speeds were badly wrong.
 */
class PublishedFactsTest {
    private static final Application APP = Application.wired(Path.of(".."), () -> 0L, false);

    private static AccessResult access(String dataset, String service) {
        RegionModel model = APP.loader().load(APP.home().resolve("datasets").resolve(dataset));
        return APP.access(APP.estimate()).run(model, model.catalogue().find(new ServiceId(service)).orElseThrow());
    }

    @Test
    void nearlyEveryLondonerIsWithinThirtyMinutesOfOneOfTheEightStrokeUnits() {
        AccessResult stroke = access("london", "hasu");
        assertEquals(8, stroke.siteCount());
        assertTrue(stroke.overall().shareWithin() >= 0.99, "share " + stroke.overall().shareWithin());
        assertTrue(stroke.overall().maxMinutes() < 40, "max " + stroke.overall().maxMinutes());
    }

    @Test
    void nearlyEveryLondonerIsWithinFortyFiveMinutesOfOneOfTheFourTraumaCentres() {
        AccessResult trauma = access("london", "mtc");
        assertEquals(4, trauma.siteCount());
        assertTrue(trauma.overall().shareWithin() >= 0.99, "share " + trauma.overall().shareWithin());
    }

    /**
     * Todd et al. worked from earlier practice lists and populations with their own distance method; we use 2022
     * practices, 2021 populations and a straight line with a fixed 1.2 detour, and come out lower (78.0% against
     * 84.8%). The band allows for that and still catches a walking speed a third too slow (3.2 km/h gives 62.1%);
     * a speed a third too fast (6.4 km/h gives 85.3%) would pass, so this check guards one direction only.
     */
    @Test
    void englandsShareWithinATwentyMinuteWalkOfAPracticeIsNearTheNationalStudy() {
        AccessResult gp = access("england", "gp");
        double share = gp.overall().shareWithin();
        assertTrue(share > 0.70 && share < 0.90, "share " + share + " against 0.848 (Todd et al. 2015)");
        assertTrue(gp.byImdDecile().get(0).summary().shareWithin() > gp.byImdDecile().get(9).summary().shareWithin(),
                "deprived urban areas are closer to practices than affluent rural ones");
    }
}
