package org.nhsblueprint.access;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nhsblueprint.model.Area;
import org.nhsblueprint.model.District;
import org.nhsblueprint.model.DistrictCode;
import org.nhsblueprint.model.GeoPoint;
import org.nhsblueprint.model.LsoaCode;
import org.nhsblueprint.model.RegionModel;
import org.nhsblueprint.model.Service;
import org.nhsblueprint.model.ServiceCatalogue;
import org.nhsblueprint.model.ServiceId;
import org.nhsblueprint.model.Site;
import org.nhsblueprint.model.SiteCode;
import org.nhsblueprint.model.TravelMode;
import org.nhsblueprint.travel.EstimateParameters;
import org.nhsblueprint.travel.GreatCircleEstimate;
import org.nhsblueprint.travel.TestSpeeds;

/**
 * A tiny region on one meridian where every figure can be worked out by hand: journeys at one kilometre a minute in
 * a straight line, so minutes are kilometres, and 0.1 degree of latitude is {@code D} = 11.1195 km.
 */
class AccessAnalysisTest {
    static final ServiceId STROKE = new ServiceId("hasu");
    static final Service SERVICE = new Service(STROKE, "Stroke unit", TravelMode.AMBULANCE, 10, "test standard");
    static final double D = GeoPoint.EARTH_RADIUS_METRES * Math.toRadians(0.1) / 1000;
    static final DistrictCode NORTH = new DistrictCode("E09000001");
    static final DistrictCode SOUTH = new DistrictCode("E09000002");

    private final AccessAnalysis analysis =
            new AccessAnalysis(new GreatCircleEstimate(TestSpeeds.kilometrePerMinute()));


    static Area area(int n, double lat, DistrictCode district, int population, int older, int decile) {
        return new Area(new LsoaCode(String.format("E01%06d", n)), "Area " + n, district, new GeoPoint(lat, 0),
                population, older, decile);
    }

    static Site site(String code, double lat) {
        return new Site(new SiteCode(code), code, new GeoPoint(lat, 0), Set.of(STROKE), "test");
    }

    static RegionModel region(List<Area> areas, List<Site> sites) {
        return new RegionModel("Meridian", "test", areas,
                List.of(new District(SOUTH, "South"), new District(NORTH, "North")), sites,
                ServiceCatalogue.of(List.of(SERVICE)), List.of(), List.of(), "", List.of());
    }

    /** Areas at 51.0, 51.1 and 51.2 N (100, 200, 300 people); sites at 51.0 and 51.2 N. */
    static RegionModel handWorked() {
        return region(List.of(area(1, 51.0, SOUTH, 100, 10, 1), area(2, 51.1, SOUTH, 200, 100, 1),
                        area(3, 51.2, NORTH, 300, 30, 10)),
                List.of(site("RAA01", 51.0), site("RAA02", 51.2)));
    }

    @Test
    void headlineFiguresMatchTheHandWorkedAnswer() {
        AccessResult r = analysis.run(handWorked(), SERVICE);
        Summary s = r.overall();
        assertEquals(600, s.population());
        assertEquals(400, s.populationWithin()); // areas 1 and 3 sit on a site; area 2 is D = 11.1 min away
        assertEquals(400.0 / 600, s.shareWithin(), 1e-12);
        assertEquals(200 * D / 600, s.meanMinutes(), 1e-6);
        assertEquals(0, s.medianMinutes(), 1e-6); // 400 of 600 people have 0 minutes
        assertEquals(D, s.p90Minutes(), 1e-6);
        assertEquals(D, s.maxMinutes(), 1e-6);
        assertEquals(2, r.siteCount());
    }

    @Test
    void olderPeopleAreWeightedByTheirOwnNumbers() {
        Summary older = analysis.run(handWorked(), SERVICE).aged65Plus();
        assertEquals(140, older.population());
        assertEquals(40, older.populationWithin());
        assertEquals(100 * D / 140, older.meanMinutes(), 1e-6);
    }

    @Test
    void breakdownsByDecileAndDistrictAddUp() {
        AccessResult r = analysis.run(handWorked(), SERVICE);
        assertEquals(List.of("1", "10"), r.byImdDecile().stream().map(GroupSummary::key).toList());
        Summary mostDeprived = r.byImdDecile().get(0).summary();
        assertEquals(300, mostDeprived.population());
        assertEquals(100, mostDeprived.populationWithin());
        assertEquals(List.of("E09000002", "E09000001"), r.byDistrict().stream().map(GroupSummary::key).toList());
        assertEquals(300, r.byDistrict().get(1).summary().populationWithin());
    }

    @Test
    void choiceAndNextNearestMatchTheHandWorkedAnswer() {
        AccessResult r = analysis.run(handWorked(), SERVICE);
        // within 10 min: area 1 reaches 1 site, area 2 none, area 3 one
        assertArrayEquals(new long[] {200, 400, 0, 0, 0, 0}, r.choice().populationBySites());
        assertEquals(400.0 / 600, r.choice().meanSitesWithin(), 1e-12);
        // next-nearest: area 1 and 3 travel 2D instead of 0; area 2 has two sites D away (extra 0)
        NextNearestSummary next = r.nextNearest();
        assertEquals((100 * 2 * D + 200 * D + 300 * 2 * D) / 600, next.meanMinutes(), 1e-6);
        assertEquals((100 * 2 * D + 300 * 2 * D) / 600, next.meanExtraMinutes(), 1e-6);
        assertEquals(2 * D, next.p90ExtraMinutes(), 1e-6);
        assertEquals(0, next.shareWithinStandard(), 1e-12);
    }

    @Test
    void theCurveReachesEveryoneAtTheLongestJourney() {
        double[] curve = analysis.run(handWorked(), SERVICE).cumulativeShare();
        assertEquals(13, curve.length); // minutes 0, 1, ..., ceil(11.12) = 12
        assertEquals(400.0 / 600, curve[0], 1e-12);
        assertEquals(400.0 / 600, curve[11], 1e-12);
        assertEquals(1, curve[12], 1e-12);
    }

    @Test
    void aServiceNoSiteOffersIsAnError() {
        RegionModel model = region(handWorked().areas(), List.of());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> analysis.run(model, SERVICE));
        assertTrue(e.getMessage().contains("no site"), e.getMessage());
    }

    @Test
    void addingASiteNeverLengthensAJourneyAndClosingOneNeverShortensIt() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        AccessAnalysis real = new AccessAnalysis(new GreatCircleEstimate(EstimateParameters.londonDefaults()));
        for (int trial = 0; trial < 20; trial++) {
            List<Area> areas = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                areas.add(new Area(new LsoaCode(String.format("E01%06d", i)), null, SOUTH,
                        new GeoPoint(51.3 + random.nextDouble() * 0.4, -0.5 + random.nextDouble() * 0.8),
                        random.nextInt(3000), 0, 1 + random.nextInt(10)));
            }
            List<Site> sites = new ArrayList<>();
            for (int s = 0; s < 2 + random.nextInt(10); s++) {
                sites.add(new Site(new SiteCode(String.format("R%04d", s)), null,
                        new GeoPoint(51.3 + random.nextDouble() * 0.4, -0.5 + random.nextDouble() * 0.8),
                        Set.of(STROKE), "test"));
            }
            AccessResult before = real.run(region(areas, sites), SERVICE);
            List<Site> fewer = new ArrayList<>(sites);
            fewer.remove(random.nextInt(fewer.size()));
            AccessResult after = real.run(region(areas, fewer), SERVICE);
            for (int i = 0; i < areas.size(); i++) {
                double b = before.areas().get(i).minutes();
                double a = after.areas().get(i).minutes();
                assertTrue(a >= b, "seed " + seed + " trial " + trial + ": closing a site shortened area " + i);
                assertTrue(after.areas().get(i).sitesWithin() <= before.areas().get(i).sitesWithin(), "seed " + seed);
            }
            assertTrue(after.overall().shareWithin() <= before.overall().shareWithin(), "seed " + seed);
        }
    }

    @Test
    void theSameModelGivesTheSameResult() {
        AccessResult a = analysis.run(handWorked(), SERVICE);
        AccessResult b = analysis.run(handWorked(), SERVICE);
        assertEquals(a.overall(), b.overall());
        assertEquals(a.byDistrict(), b.byDistrict());
        assertEquals(a.areas(), b.areas());
    }
}
