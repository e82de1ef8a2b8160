package org.nhsblueprint.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nhsblueprint.access.AccessAnalysis;
import org.nhsblueprint.model.Area;
import org.nhsblueprint.model.District;
import org.nhsblueprint.model.DistrictCode;
import org.nhsblueprint.model.GeoPoint;
import org.nhsblueprint.model.LsoaCode;
import org.nhsblueprint.model.Modification;
import org.nhsblueprint.model.RegionModel;
import org.nhsblueprint.model.Scenario;
import org.nhsblueprint.model.Service;
import org.nhsblueprint.model.ServiceCatalogue;
import org.nhsblueprint.model.ServiceId;
import org.nhsblueprint.model.Site;
import org.nhsblueprint.model.SiteCode;
import org.nhsblueprint.model.TravelMode;
import org.nhsblueprint.travel.EstimateParameters;
import org.nhsblueprint.travel.GreatCircleEstimate;

/** Resolve-then-apply and the invariants every scenario must keep, on random regions (seed in failure messages). */
class ScenarioResolverTest {
    static final ServiceId AE = new ServiceId("ae");
    static final ServiceId STROKE = new ServiceId("hasu");
    static final DistrictCode DISTRICT = new DistrictCode("E09000001");
    private final ScenarioResolver resolver = new ScenarioResolver();
    private final AccessAnalysis access = new AccessAnalysis(new GreatCircleEstimate(EstimateParameters.londonDefaults()));
    private final Appraisal appraisal = new Appraisal(access);

    static RegionModel region(Random random, int areas, int sites) {
        List<Area> a = new ArrayList<>();
        for (int i = 0; i < areas; i++) {
            a.add(new Area(new LsoaCode(String.format("E01%06d", i)), null, DISTRICT,
                    new GeoPoint(51.3 + random.nextDouble() * 0.4, -0.5 + random.nextDouble() * 0.8),
                    1 + random.nextInt(3000), 0, 1 + random.nextInt(10)));
        }
        List<Site> s = new ArrayList<>();
        for (int i = 0; i < sites; i++) {
            s.add(new Site(new SiteCode(String.format("R%04d", i)), "Site " + i,
                    new GeoPoint(51.3 + random.nextDouble() * 0.4, -0.5 + random.nextDouble() * 0.8),
                    i % 3 == 0 ? Set.of(AE, STROKE) : Set.of(AE), "test"));
        }
        ServiceCatalogue catalogue = ServiceCatalogue.of(List.of(
                new Service(AE, "A&E", TravelMode.PUBLIC_TRANSPORT, 30, "test"),
                new Service(STROKE, "Stroke", TravelMode.AMBULANCE, 30, "test")));
        return new RegionModel("Test", "", a, List.of(new District(DISTRICT, "District")), s, catalogue, List.of(),
                List.of(), "", List.of());
    }

    @Test
    void anEmptyScenarioReproducesTheBaselineExactly() {
        RegionModel base = region(new Random(1), 300, 12);
        RegionModel same = resolver.apply(base, new Scenario("empty", "", "", List.of()));
        assertEquals(base, same);
        for (ServiceAppraisal a : appraisal.run(base, same)) {
            assertEquals(a.before(), a.after());
            assertEquals(0, a.populationLongerJourney());
            assertEquals(0, a.populationShorterJourney());
        }
    }

    @Test
    void closingASiteNeverShortensAJourneyAndOpeningOneNeverLengthensOne() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        for (int trial = 0; trial < 20; trial++) {
            RegionModel base = region(random, 200, 9);
            SiteCode victim = base.sites().get(random.nextInt(base.sites().size())).code();
            RegionModel closed = resolver.apply(base, new Scenario("close", "", "",
                    List.of(new Modification.Close(victim, null, ""))));
            RegionModel opened = resolver.apply(base, new Scenario("open", "", "", List.of(new Modification.Open(
                    new SiteCode("RNEW1"), "New", new GeoPoint(51.5, -0.1), Set.of(AE, STROKE), ""))));
            for (ServiceAppraisal a : appraisal.run(base, closed)) {
                assertEquals(0, a.populationShorterJourney(), "seed " + seed + ": closing " + victim + " shortened");
            }
            for (ServiceAppraisal a : appraisal.run(base, opened)) {
                assertEquals(0, a.populationLongerJourney(), "seed " + seed + ": opening a site lengthened");
            }
        }
    }

    @Test
    void centralisingOffersTheServiceAtExactlyTheNamedSites() {
        RegionModel base = region(new Random(3), 50, 9);
        List<SiteCode> onto = List.of(base.sites().get(1).code(), base.sites().get(2).code());
        RegionModel option = resolver.apply(base, new Scenario("c", "", "",
                List.of(new Modification.Centralise(STROKE, onto, ""))));
        assertEquals(onto, option.sitesOffering(STROKE).stream().map(Site::code).toList());
        // other services stay where they were, and the baseline itself is untouched
        assertEquals(base.sitesOffering(AE).stream().map(Site::code).toList(),
                option.sitesOffering(AE).stream().map(Site::code).toList());
        assertEquals(List.of("R0000", "R0003", "R0006"),
                base.sitesOffering(STROKE).stream().map(s -> s.code().value()).toList());
    }

    @Test
    void everyProblemIsReportedWithItsSourceNotJustTheFirst() {
        RegionModel base = region(new Random(4), 50, 6);
        SiteCode first = base.sites().get(0).code();
        SiteCode second = base.sites().get(1).code();
        List<Modification> ten = List.of(
                new Modification.Close(new SiteCode("RXXX1"), null, "s.yaml:5"),
                new Modification.Close(first, null, "s.yaml:6"),
                new Modification.Close(first, null, "s.yaml:7"),
                new Modification.Close(second, new ServiceId("dentist"), "s.yaml:8"),
                new Modification.Close(second, STROKE, "s.yaml:9"),
                new Modification.Open(second, "Dup", new GeoPoint(51.5, -0.1), Set.of(AE), "s.yaml:10"),
                new Modification.Open(new SiteCode("RNEW1"), "Far", new GeoPoint(55.9, -3.2), Set.of(AE), "s.yaml:11"),
                new Modification.OfferWhere(new ServiceId("polyclinic"), AE, "s.yaml:12"),
                new Modification.Centralise(STROKE, List.of(), "s.yaml:13"),
                new Modification.Centralise(STROKE, List.of(new SiteCode("RNONE"), first), "s.yaml:14"));
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> resolver.apply(base, new Scenario("ten mistakes", "", "s.yaml", ten)));
        List<String> lines = e.problems().stream().map(p -> p.substring(0, p.indexOf(':', 7))).distinct().toList();
        assertEquals(List.of("s.yaml:5", "s.yaml:7", "s.yaml:8", "s.yaml:9", "s.yaml:10", "s.yaml:11", "s.yaml:12",
                "s.yaml:13", "s.yaml:14"), lines, e.getMessage());
        assertTrue(e.getMessage().contains("already closed by an earlier modification"), e.getMessage());
        assertTrue(e.getMessage().contains("km outside the region's areas"), e.getMessage());
    }
}
