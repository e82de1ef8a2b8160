package org.nhsblueprint.demand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nhsblueprint.access.AccessAnalysis;
import org.nhsblueprint.access.AccessResult;
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
import org.nhsblueprint.travel.GreatCircleEstimate;
import org.nhsblueprint.travel.TestSpeeds;

/**
 * A region on one meridian travelled at one kilometre a minute in straight lines, so minutes are kilometres and 0.1
 * degree of latitude is {@code D} = 11.1195 km. Areas at 51.0, 51.08 and 51.2 N; sites RAA01 at 51.0, RAA02 at 51.2
 * and RAA03 far north at 52.0 (nobody's nearest or next-nearest).
 */
class AllocationTest {
    static final ServiceId STROKE = new ServiceId("hasu");
    static final Service SERVICE = new Service(STROKE, "Stroke unit", TravelMode.AMBULANCE, 10, "test standard");
    static final double D = GeoPoint.EARTH_RADIUS_METRES * Math.toRadians(0.1) / 1000;
    static final DistrictCode DISTRICT = new DistrictCode("E09000001");
    /** 2 a year per 1,000 under 65, 10 per 1,000 aged 65+. */
    static final DemandRate RATE = new DemandRate(STROKE, 2, 10, "test rate");
    static final List<SiteCode> SITES = List.of(new SiteCode("RAA01"), new SiteCode("RAA02"), new SiteCode("RAA03"));

    private final AccessAnalysis analysis =
            new AccessAnalysis(new GreatCircleEstimate(TestSpeeds.kilometrePerMinute()));


    static Area area(int n, double lat, double lon, int population, int older) {
        return new Area(new LsoaCode(String.format("E01%06d", n)), "Area " + n, DISTRICT, new GeoPoint(lat, lon),
                population, older, 5);
    }

    static Site site(String code, double lat, double lon) {
        return new Site(new SiteCode(code), code, new GeoPoint(lat, lon), Set.of(STROKE), "test");
    }

    static RegionModel region(List<Area> areas, List<Site> sites) {
        return new RegionModel("Meridian", "test", areas, List.of(new District(DISTRICT, "Only")), sites,
                ServiceCatalogue.of(List.of(SERVICE)), List.of(), List.of(), "", List.of());
    }

    AccessResult handWorked() {
        // demand: area 1 = 2 x 90/1000 + 10 x 10/1000 = 0.28; area 2 = 0.2 + 1.0 = 1.2; area 3 = 0.54 + 0.3 = 0.84
        return analysis.run(region(List.of(area(1, 51.0, 0, 100, 10), area(2, 51.08, 0, 200, 100),
                        area(3, 51.2, 0, 300, 30)),
                List.of(site("RAA01", 51.0, 0), site("RAA02", 51.2, 0), site("RAA03", 52.0, 0))), SERVICE);
    }

    @Test
    void nearestSendsEachAreaToItsNearestSite() {
        SiteVolumes v = Allocation.allocate(handWorked(), SITES, RATE, new AllocationRule.Nearest());
        assertEquals(2.32, v.totalDemand(), 1e-12);
        assertEquals(0.28 + 1.2, v.volume(new SiteCode("RAA01")), 1e-12);
        assertEquals(0.84, v.volume(new SiteCode("RAA02")), 1e-12);
        assertEquals(0.0, v.volume(new SiteCode("RAA03")));
        assertEquals(SITES, v.sites().stream().map(SiteVolume::site).toList());
        assertEquals("test rate", v.rateSource());
    }

    @Test
    void huffSplitsEachAreaBetweenItsNearestTwoSitesByDistanceDecay() {
        SiteVolumes v = Allocation.allocate(handWorked(), SITES, RATE, new AllocationRule.Huff(0.1));
        // nearest share = 1 / (1 + exp(-0.1 x extra minutes)); extra = 2D for areas 1 and 3, 1.2D - 0.8D for area 2
        double far = 1 / (1 + Math.exp(-0.1 * 2 * D));
        double mid = 1 / (1 + Math.exp(-0.1 * 0.4 * D));
        assertEquals(0.28 * far + 1.2 * mid + 0.84 * (1 - far), v.volume(new SiteCode("RAA01")), 1e-9);
        assertEquals(0.28 * (1 - far) + 1.2 * (1 - mid) + 0.84 * far, v.volume(new SiteCode("RAA02")), 1e-9);
        assertEquals(0.0, v.volume(new SiteCode("RAA03")));
    }

    @Test
    void theDefaultHuffDecayIsPointOnePerMinute() {
        assertEquals(0.1, new AllocationRule.Huff().betaPerMinute());
        assertThrows(IllegalArgumentException.class, () -> new AllocationRule.Huff(0));
        assertThrows(IllegalArgumentException.class, () -> new AllocationRule.Huff(Double.NaN));
    }

    @Test
    void withOneSiteHuffSendsEverythingThere() {
        AccessResult one = analysis.run(region(List.of(area(1, 51.0, 0, 100, 10), area(2, 51.3, 0, 200, 100)),
                List.of(site("RAA01", 51.1, 0))), SERVICE);
        SiteVolumes v = Allocation.allocate(one, List.of(new SiteCode("RAA01")), RATE, new AllocationRule.Huff());
        assertEquals(0.28 + 1.2, v.volume(new SiteCode("RAA01")), 1e-12);
    }

    @Test
    void bothRulesConserveDemandOnRandomRegions() {
        for (long seed = 1; seed <= 20; seed++) {
            Random random = new Random(seed);
            List<Area> areas = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                int population = 500 + random.nextInt(2500);
                areas.add(area(i + 1, 51 + random.nextDouble() * 0.5, random.nextDouble() * 0.5, population,
                        random.nextInt(population + 1)));
            }
            List<Site> sites = new ArrayList<>();
            for (int s = 0; s < 1 + random.nextInt(8); s++) {
                sites.add(site(String.format("RAB%02d", s), 51 + random.nextDouble() * 0.5, random.nextDouble() * 0.5));
            }
            AccessResult access = analysis.run(region(areas, sites), SERVICE);
            double expected = areas.stream().mapToDouble(RATE::yearlyEvents).sum();
            List<SiteCode> codes = sites.stream().map(Site::code).toList();
            for (AllocationRule rule : List.of(new AllocationRule.Nearest(), new AllocationRule.Huff(),
                    new AllocationRule.Huff(0.01))) {
                SiteVolumes v = Allocation.allocate(access, codes, RATE, rule);
                assertEquals(expected, v.totalDemand(), 1e-9 * expected, "seed " + seed + ", " + rule);
                assertEquals(v.totalDemand(), v.totalAllocated(), 1e-9 * expected, "seed " + seed + ", " + rule);
            }
        }
    }

    @Test
    void aRateForAnotherServiceOrAMissingSiteIsRejected() {
        AccessResult access = handWorked();
        DemandRate ae = new DemandRate(new ServiceId("ae"), 1, 1, "x");
        assertEquals("demand rate is for ae but the access result is for hasu", assertThrows(
                IllegalArgumentException.class,
                () -> Allocation.allocate(access, SITES, ae, new AllocationRule.Nearest())).getMessage());
        assertEquals("site RAA02 is in the access result for hasu but not among the 1 sites given", assertThrows(
                IllegalArgumentException.class, () -> Allocation.allocate(access, List.of(new SiteCode("RAA01")),
                        RATE, new AllocationRule.Nearest())).getMessage());
    }

    @Test
    void volumeCheckListsSitesBelowTheMinimumSmallestFirst() {
        SiteVolumes v = Allocation.allocate(handWorked(), SITES, RATE, new AllocationRule.Nearest());
        VolumeCheck check = VolumeCheck.of(v, new MinimumVolume(STROKE, 1.0, "test minimum"));
        assertEquals(List.of(new SiteVolume(new SiteCode("RAA03"), 0.0), new SiteVolume(new SiteCode("RAA02"), 0.84)),
                check.below().stream().map(s -> new SiteVolume(s.site(), Math.round(s.yearlyVolume() * 100) / 100.0))
                        .toList());
        assertEquals(3, check.checked());
        assertEquals("test minimum", check.standard().source());
        assertEquals(List.of(), VolumeCheck.of(v, new MinimumVolume(STROKE, 0, "none")).below());
        assertThrows(IllegalArgumentException.class,
                () -> VolumeCheck.of(v, new MinimumVolume(new ServiceId("ae"), 1, "x")));
    }
}
