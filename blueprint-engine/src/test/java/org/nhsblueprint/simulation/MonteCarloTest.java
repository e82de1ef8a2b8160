package org.nhsblueprint.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nhsblueprint.access.AccessAnalysis;
import org.nhsblueprint.access.AccessResult;
import org.nhsblueprint.access.AreaAccess;
import org.nhsblueprint.model.ActivityRate;
import org.nhsblueprint.model.ActivityShift;
import org.nhsblueprint.model.Area;
import org.nhsblueprint.model.Assumption;
import org.nhsblueprint.model.District;
import org.nhsblueprint.model.DistrictCode;
import org.nhsblueprint.model.GeoPoint;
import org.nhsblueprint.model.LsoaCode;
import org.nhsblueprint.model.RegionModel;
import org.nhsblueprint.model.Service;
import org.nhsblueprint.model.ServiceCatalogue;
import org.nhsblueprint.model.ServiceId;
import org.nhsblueprint.model.SimulationSpec;
import org.nhsblueprint.model.Site;
import org.nhsblueprint.model.SiteCode;
import org.nhsblueprint.model.TravelMode;
import org.nhsblueprint.model.Uncertain;
import org.nhsblueprint.travel.EstimateParameters;
import org.nhsblueprint.travel.GreatCircleEstimate;

/**
 * The Monte Carlo engine on known answers: a single uniform shift reproduces its own quantiles, what leaves hospital
 * arrives somewhere in every iteration, any number of threads gives identical results, the linear plan equals a
 * fresh allocation, and finance worked by hand on two sites.
 */
class MonteCarloTest {
    static final ServiceId OP = new ServiceId("outpatients");
    static final DistrictCode D = new DistrictCode("E09000001");
    private final AccessAnalysis access = new AccessAnalysis(new GreatCircleEstimate(EstimateParameters.londonDefaults()));

    /** Random areas; two hospitals (trust RAA with 2 sites... RAA01, RAA02; trust RBB: RBB01) and some practices. */
    static RegionModel region(Random random, int areas, int polyclinics, double capacity) {
        List<Area> a = new ArrayList<>();
        for (int i = 0; i < areas; i++) {
            a.add(new Area(new LsoaCode(String.format("E01%06d", i)), null, D,
                    new GeoPoint(51.3 + random.nextDouble() * 0.4, -0.5 + random.nextDouble() * 0.8),
                    500 + random.nextInt(2500), random.nextInt(400), 1 + random.nextInt(10)));
        }
        List<Site> s = new ArrayList<>();
        for (String code : List.of("RAA01", "RAA02", "RBB01")) {
            s.add(new Site(new SiteCode(code), code, new GeoPoint(51.3 + random.nextDouble() * 0.4,
                    -0.5 + random.nextDouble() * 0.8), Set.of(OP), "acute_sites"));
        }
        for (int i = 0; i < polyclinics; i++) {
            s.add(new Site(new SiteCode(String.format("F%05d", i)), "Polyclinic " + i, new GeoPoint(
                    51.3 + random.nextDouble() * 0.4, -0.5 + random.nextDouble() * 0.8), Set.of(OP), "gp_practices",
                    false, capacity > 0 ? Map.of(OP, capacity) : Map.of()));
        }
        ServiceCatalogue catalogue = ServiceCatalogue.of(List.of(
                new Service(OP, "Outpatients", TravelMode.PUBLIC_TRANSPORT, 30, "test")));
        return new RegionModel("Test", "", a, List.of(new District(D, "D")), s, catalogue, List.of(), List.of(), "",
                List.of());
    }

    static RegionModel hospitalsOnly(RegionModel option) {
        return option.withSites(option.sites().stream().filter(s -> s.table().equals("acute_sites")).toList());
    }

    static final ActivityRate FIRST = new ActivityRate("outpatient_first", OP, 500, 900, "attendances", "test");

    private SimulationPlan plan(RegionModel option, Uncertain share, List<Assumption> assumptions, int horizon) {
        SimulationSpec spec = new SimulationSpec(List.of(FIRST), List.of(new ActivityShift("op_first",
                "outpatient_first", OP, share, 1, "test")), assumptions, List.of(), horizon, "acute_sites");
        return SimulationPlan.of(spec, hospitalsOnly(option), option, access);
    }

    @Test
    void aSingleUniformShiftReproducesItsOwnQuantilesAndConservesActivity() throws Exception {
        RegionModel option = region(new Random(1), 300, 12, 0);
        SimulationResult r = new MonteCarlo(2).run(plan(option, new Uncertain.Uniform(0.2, 0.6), List.of(), 1),
                20_000, 42);
        Metric change = r.metric("activity.outpatient_first.acute_change").orElseThrow();
        // change = -share, share ~ U(0.2, 0.6): quantile q of the change is -(0.2 + 0.4 (1 - q))
        for (double q : new double[] {0.1, 0.25, 0.5, 0.75, 0.9}) {
            double expected = -(0.2 + 0.4 * (1 - q));
            // sampling error of a quantile of 20,000 draws (about 0.004 here) plus the sketch's 0.1%
            assertEquals(expected, change.sketch().quantile(q), 0.01, "q " + q);
        }
        assertEquals(-0.4, change.mean(), 0.005);
        Metric conservation = r.metric("check.conservation_error").orElseThrow();
        assertTrue(conservation.sketch().max() < 1e-12, "largest error " + conservation.sketch().max());
        assertEquals(0.0, r.metric("activity.outpatient_first.outside_hospital").orElseThrow().mean()
                + r.metric("activity.outpatient_first.acute").orElseThrow().mean()
                - plan(option, new Uncertain.Fixed(0), List.of(), 1).demand()[0], 1e-6);
    }

    @Test
    void anyNumberOfThreadsGivesIdenticalResults() throws Exception {
        RegionModel option = region(new Random(2), 200, 8, 2000);
        List<Assumption> finance = List.of(
                new Assumption("price.acute.outpatient_first", new Uncertain.Triangular(100, 120, 150), "t"),
                new Assumption("cost.polyclinic.outpatient_first", new Uncertain.Interval80(60, 110), "t"),
                new Assumption("finance.discount_rate", new Uncertain.Fixed(0.035), "t"));
        SimulationPlan plan = plan(option, new Uncertain.Triangular(0.3, 0.5, 0.8), finance, 5);
        SimulationResult one = new MonteCarlo(1).run(plan, 1_337, 9);
        SimulationResult two = new MonteCarlo(2).run(plan, 1_337, 9);
        SimulationResult five = new MonteCarlo(5).run(plan, 1_337, 9);
        for (int m = 0; m < one.metrics().size(); m++) {
            for (SimulationResult other : List.of(two, five)) {
                Metric a = one.metrics().get(m);
                Metric b = other.metrics().get(m);
                assertEquals(a.mean(), b.mean(), 0.0, a.name());
                for (double q = 0; q <= 1; q += 0.05) {
                    assertEquals(a.sketch().quantile(q), b.sketch().quantile(q), 0.0, a.name() + " q " + q);
                }
            }
        }
        SimulationResult otherSeed = new MonteCarlo(2).run(plan, 1_337, 10);
        assertTrue(one.metric("finance.npv").orElseThrow().mean() != otherSeed.metric("finance.npv").orElseThrow()
                .mean(), "a different seed draws differently");
    }

    @Test
    void theLinearPlanEqualsAFreshAllocationOfEveryArea() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        RegionModel option = region(random, 150, 6, 0);
        SimulationPlan plan = plan(option, new Uncertain.Uniform(0, 1), List.of(), 1);
        List<String> names = plan.metrics().stream().map(Metric.Definition::name).toList();
        Service service = option.catalogue().find(OP).orElseThrow();
        AccessResult hospitals = access.run(hospitalsOnly(option), service);
        AccessResult outside = access.run(option.withSites(option.sites().stream()
                .filter(s -> !s.table().equals("acute_sites")).toList()), service);
        double[] out = new double[names.size()];
        for (int trial = 0; trial < 20; trial++) {
            double share = random.nextDouble();
            plan.evaluate(new double[] {share}, out);
            // the slow reference: every area's demand split between its nearest hospital and nearest polyclinic
            Map<SiteCode, Double> volume = new java.util.HashMap<>();
            for (int i = 0; i < hospitals.areas().size(); i++) {
                AreaAccess h = hospitals.areas().get(i);
                double d = FIRST.yearly(h.area());
                volume.merge(h.nearest(), d * (1 - share), Double::sum);
                volume.merge(outside.areas().get(i).nearest(), d * share, Double::sum);
            }
            for (Site s : option.sites()) {
                int m = names.indexOf("site." + s.code().value() + ".outpatient_first");
                double expected = volume.getOrDefault(s.code(), 0.0);
                double got = m < 0 ? 0 : out[m];
                assertEquals(expected, got, 1e-9 * (1 + expected), "seed " + seed + " site " + s.code());
            }
        }
    }

    @Test
    void financeWorkedByHandOnTwoSites() {
        // one area of 10,000 people under 65: 5,000 first attendances a year at hospital RAA01; one polyclinic
        Area area = new Area(new LsoaCode("E01000001"), null, D, new GeoPoint(51.5, -0.1), 10_000, 0, 5);
        List<Site> sites = List.of(
                new Site(new SiteCode("RAA01"), "Hospital", new GeoPoint(51.51, -0.1), Set.of(OP), "acute_sites"),
                new Site(new SiteCode("F00001"), "Polyclinic", new GeoPoint(51.49, -0.1), Set.of(OP), "gp_practices"));
        RegionModel option = new RegionModel("Two", "", List.of(area), List.of(new District(D, "D")), sites,
                ServiceCatalogue.of(List.of(new Service(OP, "Outpatients", TravelMode.PUBLIC_TRANSPORT, 30, "t"))),
                List.of(), List.of(), "", List.of());
        SimulationSpec spec = new SimulationSpec(List.of(FIRST), List.of(new ActivityShift("op", "outpatient_first",
                OP, new Uncertain.Fixed(0.4), 2, "t")), List.of(
                new Assumption("price.acute.outpatient_first", new Uncertain.Fixed(100), "t"),
                new Assumption("cost.polyclinic.outpatient_first", new Uncertain.Fixed(70), "t"),
                new Assumption("finance.discount_rate", new Uncertain.Fixed(0.1), "t"),
                new Assumption("finance.capital_per_polyclinic", new Uncertain.Fixed(1000), "t"),
                new Assumption("finance.fixed_cost_per_polyclinic_year", new Uncertain.Fixed(500), "t"),
                new Assumption("finance.double_running_years", new Uncertain.Fixed(1), "t"),
                new Assumption("finance.funding_gap", new Uncertain.Fixed(100_000), "t")), List.of(), 3,
                "acute_sites");
        SimulationPlan plan = SimulationPlan.of(spec, hospitalsOnly(option), option, access);
        List<String> names = plan.metrics().stream().map(Metric.Definition::name).toList();
        double[] out = new double[names.size()];
        plan.evaluate(new double[] {0.4, 100, 70, 0.1, 1000, 500, 1, 100_000}, out);
        // 2,000 attendances move at full effect; the ramp is 2 years, so 1,000 in year 1
        // year 1: double running, saving = 0 - (70 x 1,000 + 500) = -70,500
        // year 2: 100 x 2,000 - (70 x 2,000 + 500) = 59,500; year 3 the same
        assertEquals(-70_500, out[names.indexOf("finance.net_saving.year1")], 1e-6);
        assertEquals(59_500, out[names.indexOf("finance.net_saving.year2")], 1e-6);
        assertEquals(59_500, out[names.indexOf("finance.net_saving.year3")], 1e-6);
        double npv = -1000 - 70_500 / 1.1 + 59_500 / 1.21 + 59_500 / 1.331;
        assertEquals(npv, out[names.indexOf("finance.npv")], 1e-6);
        assertEquals(-200_000, out[names.indexOf("finance.acute_income_change")], 1e-6);
        assertEquals(-200_000, out[names.indexOf("finance.trust.RAA.income_change")], 1e-6);
        assertEquals(59_500 / 100_000.0, out[names.indexOf("finance.gap_share")], 1e-12);
        assertEquals(-0.4, out[names.indexOf("activity.outpatient_first.acute_change")], 1e-12);
    }

    @Test
    void workforceAndSkillDilutionAndCapacityFollowTheVolumes() {
        // 12 polyclinics share the shifted outpatients; with a minimum above what some see, those are flagged
        RegionModel option = region(new Random(5), 300, 12, 3000);
        List<Assumption> staff = List.of(
                new Assumption("productivity.polyclinic.outpatient_first", new Uncertain.Fixed(2000), "t"),
                new Assumption("min_cases.polyclinic.outpatient_first", new Uncertain.Fixed(8000), "t"));
        SimulationPlan plan = plan(option, new Uncertain.Fixed(0.5), staff, 1);
        List<String> names = plan.metrics().stream().map(Metric.Definition::name).toList();
        double[] out = new double[names.size()];
        plan.evaluate(new double[] {0.5, 2000, 8000}, out);
        double outside = out[names.indexOf("activity.outpatient_first.outside_hospital")];
        assertEquals(outside / 2000, out[names.indexOf("workforce.outpatient_first.clinicians")], 1e-9);
        int below = 0;
        int over = 0;
        for (Site s : option.sites()) {
            int v = names.indexOf("site." + s.code().value() + ".outpatient_first");
            int flag = names.indexOf("workforce." + s.code().value() + ".outpatient_first.below_min");
            int cap = names.indexOf("capacity." + s.code().value() + ".outpatients.over");
            if (flag >= 0) {
                boolean expected = v >= 0 && out[v] > 0 && out[v] < 8000;
                assertEquals(expected ? 1.0 : 0.0, out[flag], s.code().value());
                below += expected ? 1 : 0;
            }
            if (cap >= 0) {
                boolean expected = v >= 0 && out[v] > 3000;
                assertEquals(expected ? 1.0 : 0.0, out[cap], s.code().value());
                over += expected ? 1 : 0;
            }
        }
        assertEquals(below, out[names.indexOf("workforce.outpatient_first.sites_below_min")]);
        assertEquals(over, out[names.indexOf("capacity.sites_over")]);
        assertTrue(below > 0 && over > 0, "below " + below + ", over " + over);
    }

    @Test
    void aShiftWithNowhereToGoIsRefusedByName() {
        RegionModel option = region(new Random(3), 20, 0, 0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> plan(option, new Uncertain.Fixed(0.5), List.of(), 1));
        assertTrue(e.getMessage().contains("shift op_first: no site outside hospital offers 'outpatients'"),
                e.getMessage());
    }
}
