package org.nhsblueprint.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nhsblueprint.access.AccessAnalysis;
import org.nhsblueprint.demand.Allocation;
import org.nhsblueprint.demand.AllocationRule;
import org.nhsblueprint.demand.DemandRate;
import org.nhsblueprint.demand.SiteVolumes;
import org.nhsblueprint.model.Area;
import org.nhsblueprint.model.District;
import org.nhsblueprint.model.DistrictCode;
import org.nhsblueprint.model.GeoPoint;
import org.nhsblueprint.model.LsoaCode;
import org.nhsblueprint.model.Modification;
import org.nhsblueprint.model.Modification.PolyclinicModel;
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

/** Convert, capacity and the two polyclinic models: known answers, problems reported together, and invariants. */
class ReshapingModificationsTest {
    static final ServiceId GP = new ServiceId("gp");
    static final ServiceId URGENT = new ServiceId("urgent_care");
    static final DistrictCode NORTH = new DistrictCode("E09000001");
    static final DistrictCode SOUTH = new DistrictCode("E09000002");
    private final ScenarioResolver resolver = new ScenarioResolver();
    private final AccessAnalysis access = new AccessAnalysis(new GreatCircleEstimate(EstimateParameters.londonDefaults()));
    private final Appraisal appraisal = new Appraisal(access);

    private static ServiceCatalogue catalogue() {
        return ServiceCatalogue.of(List.of(
                new Service(GP, "GP", TravelMode.WALK, 20, "test"),
                new Service(URGENT, "Urgent care", TravelMode.PUBLIC_TRANSPORT, 30, "test")));
    }

    /** Random areas in two districts (north and south of 51.5), GP practices everywhere, urgent care at a few. */
    static RegionModel region(Random random, int areas, int practices) {
        List<Area> a = new ArrayList<>();
        for (int i = 0; i < areas; i++) {
            double lat = 51.3 + random.nextDouble() * 0.4;
            a.add(new Area(new LsoaCode(String.format("E01%06d", i)), null, lat >= 51.5 ? NORTH : SOUTH,
                    new GeoPoint(lat, -0.5 + random.nextDouble() * 0.8), 500 + random.nextInt(2500), 0,
                    1 + random.nextInt(10)));
        }
        List<Site> s = new ArrayList<>();
        for (int i = 0; i < practices; i++) {
            s.add(new Site(new SiteCode(String.format("F%05d", i)), "Practice " + i,
                    new GeoPoint(51.3 + random.nextDouble() * 0.4, -0.5 + random.nextDouble() * 0.8),
                    i % 10 == 0 ? Set.of(GP, URGENT) : Set.of(GP), "test"));
        }
        return new RegionModel("Test", "", a, List.of(new District(NORTH, "North"), new District(SOUTH, "South")), s,
                catalogue(), List.of(), List.of(), "", List.of());
    }

    private RegionModel apply(RegionModel base, Modification... m) {
        return resolver.apply(base, new Scenario("t", "", "", List.of(m)));
    }

    private static Modification.Polyclinics polyclinics(PolyclinicModel model, int people) {
        return new Modification.Polyclinics(model, people, GP, Set.of(URGENT), Map.of(URGENT, 6600.0), Set.of(), "");
    }

    @Test
    void convertRenamesAddsAndRemovesServicesAndSetsCapacityOnACopy() {
        RegionModel base = region(new Random(1), 50, 12);
        Site practice = base.sites().get(1);
        RegionModel option = apply(base, new Modification.Convert(practice.code(), "Polyclinic", Set.of(URGENT),
                Set.of(), Map.of(URGENT, 9000.0), ""));
        Site converted = option.sites().stream().filter(s -> s.code().equals(practice.code())).findFirst()
                .orElseThrow();
        assertEquals("Polyclinic", converted.name());
        assertEquals(Set.of(GP, URGENT), converted.services());
        assertEquals(OptionalDouble.of(9000), converted.capacity(URGENT));
        assertEquals(practice, base.sites().get(1), "the baseline is untouched");
        RegionModel stopped = apply(base, new Modification.Convert(base.sites().get(0).code(), null, Set.of(),
                Set.of(URGENT), Map.of(), ""));
        assertEquals(Set.of(GP), stopped.sites().get(0).services());
        assertEquals(base.sites().get(0).name(), stopped.sites().get(0).name(), "no name keeps the name");
    }

    @Test
    void capacityIsSetForAnOfferedServiceAndDroppedWhenTheServiceStops() {
        RegionModel base = region(new Random(2), 50, 12);
        SiteCode site = base.sites().get(0).code();
        RegionModel option = apply(base, new Modification.Capacity(site, URGENT, 1234, ""),
                new Modification.Convert(site, null, Set.of(), Set.of(URGENT), Map.of(), ""));
        assertEquals(OptionalDouble.empty(), option.sites().get(0).capacity(URGENT));
        RegionModel kept = apply(base, new Modification.Capacity(site, URGENT, 1234, ""));
        assertEquals(OptionalDouble.of(1234), kept.sites().get(0).capacity(URGENT));
        RegionModel opened = apply(base, new Modification.Open(new SiteCode("RNEW1"), "New", new GeoPoint(51.5, -0.1),
                Set.of(URGENT), Map.of(URGENT, 500.0), ""));
        assertEquals(OptionalDouble.of(500), opened.sites().get(opened.sites().size() - 1).capacity(URGENT));
    }

    @Test
    void everyProblemOfTheNewModificationsIsReportedTogether() {
        RegionModel base = region(new Random(3), 50, 12);
        SiteCode gpOnly = base.sites().get(1).code();
        SiteCode both = base.sites().get(0).code();
        List<Modification> mistakes = List.of(
                new Modification.Convert(new SiteCode("RXXX1"), null, Set.of(URGENT), Set.of(), Map.of(), "s:1"),
                new Modification.Convert(gpOnly, null, Set.of(GP), Set.of(), Map.of(), "s:2"),
                new Modification.Convert(gpOnly, null, Set.of(), Set.of(URGENT), Map.of(), "s:3"),
                new Modification.Convert(gpOnly, null, Set.of(), Set.of(GP), Map.of(), "s:4"),
                new Modification.Convert(gpOnly, null, Set.of(), Set.of(), Map.of(URGENT, 5.0), "s:5"),
                new Modification.Capacity(gpOnly, URGENT, 100, "s:6"),
                new Modification.Capacity(both, URGENT, -1, "s:7"),
                new Modification.Open(new SiteCode("RNEW1"), "New", new GeoPoint(51.5, -0.1), Set.of(GP),
                        Map.of(URGENT, 10.0), "s:8"),
                new Modification.Polyclinics(PolyclinicModel.HUB, 50000, GP, Set.of(new ServiceId("dentist")),
                        Map.of(), Set.of(new DistrictCode("E09000033")), "s:9"),
                new Modification.Polyclinics(PolyclinicModel.NETWORK, 0, GP, Set.of(URGENT), Map.of(), Set.of(),
                        "s:10"));
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> resolver.apply(base, new Scenario("mistakes", "", "s", mistakes)));
        List<String> sources = e.problems().stream().map(p -> p.substring(0, p.indexOf(':', 2))).distinct().toList();
        assertEquals(List.of("s:1", "s:2", "s:3", "s:4", "s:5", "s:6", "s:7", "s:8", "s:9", "s:10"), sources,
                e.getMessage());
        assertTrue(e.getMessage().contains("would offer nothing"), e.getMessage());
        assertTrue(e.getMessage().contains("district E09000033 is not in Test"), e.getMessage());
    }

    @Test
    void polyclinicsGoWhereTheyServeMostPeopleOnePerDesignPopulationInEachDistrict() {
        // north: two clusters of 50,000 people far apart, a practice at each and one between; south: 20,000 people
        List<Area> areas = new ArrayList<>();
        int n = 0;
        for (double[] c : new double[][] {{51.60, -0.30}, {51.60, 0.10}}) {
            for (int i = 0; i < 10; i++) {
                areas.add(new Area(new LsoaCode(String.format("E01%06d", n++)), null, NORTH,
                        new GeoPoint(c[0] + 0.001 * i, c[1]), 5000, 0, 5));
            }
        }
        for (int i = 0; i < 4; i++) {
            areas.add(new Area(new LsoaCode(String.format("E01%06d", n++)), null, SOUTH,
                    new GeoPoint(51.40, -0.1 + 0.001 * i), 5000, 0, 5));
        }
        List<Site> sites = List.of(
                new Site(new SiteCode("F00001"), "Between", new GeoPoint(51.60, -0.10), Set.of(GP), "test"),
                new Site(new SiteCode("F00002"), "West", new GeoPoint(51.6045, -0.30), Set.of(GP), "test"),
                new Site(new SiteCode("F00003"), "East", new GeoPoint(51.6045, 0.10), Set.of(GP), "test"),
                new Site(new SiteCode("F00004"), "South", new GeoPoint(51.40, -0.1), Set.of(GP), "test"),
                new Site(new SiteCode("F00005"), "South 2", new GeoPoint(51.41, -0.1), Set.of(GP), "test"));
        RegionModel base = new RegionModel("Known", "", areas,
                List.of(new District(NORTH, "North"), new District(SOUTH, "South")), sites, catalogue(), List.of(),
                List.of(), "", List.of());
        RegionModel hub = apply(base, polyclinics(PolyclinicModel.HUB, 50000));
        assertEquals(List.of("F00002", "F00003", "F00004"),
                hub.sitesOffering(URGENT).stream().map(s -> s.code().value()).toList());
        assertEquals(List.of("F00002", "F00003", "F00004"),
                hub.sitesOffering(GP).stream().map(s -> s.code().value()).toList(), "the others move in");
        RegionModel network = apply(base, polyclinics(PolyclinicModel.NETWORK, 50000));
        assertEquals(hub.sitesOffering(URGENT).stream().map(Site::code).toList(),
                network.sitesOffering(URGENT).stream().map(Site::code).toList(), "the same lead practices");
        assertEquals(5, network.sitesOffering(GP).size(), "every practice stays in a network");
        assertTrue(network.sitesOffering(URGENT).get(0).name().endsWith("(polyclinic network lead)"));
        assertEquals(OptionalDouble.of(6600), network.sitesOffering(URGENT).get(0).capacity(URGENT));
        assertEquals(List.of("polyclinics (hub): 3 polyclinic hubs in 2 districts, one per 40,000 people on average;"
                + " 2 other sites offering 'gp' move into them"), ScenarioResolver.scenarioNotes(base, hub));
    }

    @Test
    void hubsNeverShortenAGpJourneyNetworksNeverLengthenAnyAndDemandIsConserved() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        DemandRate urgent = new DemandRate(URGENT, 137.6, 91.6, "test");
        for (int trial = 0; trial < 10; trial++) {
            RegionModel base = region(random, 150, 40);
            int people = 20000 + random.nextInt(60000);
            RegionModel hub = apply(base, polyclinics(PolyclinicModel.HUB, people));
            RegionModel network = apply(base, polyclinics(PolyclinicModel.NETWORK, people));
            for (ServiceAppraisal a : appraisal.run(base, hub)) {
                if (a.before().service().id().equals(GP)) {
                    assertEquals(0, a.populationShorterJourney(), "seed " + seed + ": a hub shortened a GP journey");
                } else {
                    assertEquals(0, a.populationLongerJourney(), "seed " + seed + ": a hub lengthened urgent care");
                }
            }
            for (ServiceAppraisal a : appraisal.run(base, network)) {
                assertEquals(0, a.populationLongerJourney(), "seed " + seed + ": a network lengthened a journey");
            }
            for (DistrictCode d : List.of(NORTH, SOUTH)) {
                long population = base.areas().stream().filter(a -> a.district().equals(d))
                        .mapToLong(Area::population).sum();
                assertFalse(population == 0, "seed " + seed);
            }
            long expected = List.of(NORTH, SOUTH).stream().mapToLong(d -> Math.max(1, Math.round(
                    base.areas().stream().filter(a -> a.district().equals(d)).mapToLong(Area::population).sum()
                            / (double) people))).sum();
            long hubs = hub.sites().stream().filter(s -> s.name().endsWith("(polyclinic hub)")).count();
            assertEquals(expected, hubs, "seed " + seed + ": one per " + people + " people in each district");
            SiteVolumes before = allocate(base, urgent);
            SiteVolumes after = allocate(hub, urgent);
            assertEquals(before.totalDemand(), after.totalAllocated(), 1e-6 * before.totalDemand(), "seed " + seed);
            assertEquals(before.totalAllocated(), after.totalAllocated(), 1e-6 * before.totalDemand(), "seed " + seed);
        }
    }

    @Test
    void placementIsDeterministic() {
        RegionModel base = region(new Random(9), 200, 50);
        assertEquals(apply(base, polyclinics(PolyclinicModel.HUB, 30000)),
                apply(base, polyclinics(PolyclinicModel.HUB, 30000)));
    }

    private SiteVolumes allocate(RegionModel model, DemandRate rate) {
        Service service = model.catalogue().find(rate.service()).orElseThrow();
        return Allocation.allocate(access.run(model, service),
                model.sitesOffering(rate.service()).stream().map(Site::code).toList(), rate,
                new AllocationRule.Huff());
    }
}
