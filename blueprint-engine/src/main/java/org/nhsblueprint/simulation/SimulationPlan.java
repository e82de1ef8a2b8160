package org.nhsblueprint.simulation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nhsblueprint.access.AccessAnalysis;
import org.nhsblueprint.access.AccessResult;
import org.nhsblueprint.access.AreaAccess;
import org.nhsblueprint.model.ActivityShift;
import org.nhsblueprint.model.ActivityRate;
import org.nhsblueprint.model.Assumption;
import org.nhsblueprint.model.SimulationSpec;
import org.nhsblueprint.model.RegionModel;
import org.nhsblueprint.model.Service;
import org.nhsblueprint.model.ServiceId;
import org.nhsblueprint.model.Site;
import org.nhsblueprint.model.SiteCode;
import org.nhsblueprint.model.Uncertain;

/**
 * Everything about a simulation that does not change between iterations, worked out once: each activity's yearly
 * demand allocated to the nearest hospital site (the option with nothing shifted), and, for each shift, how a whole
 * activity's demand would move to the nearest receiving site outside hospital. Site volumes are then linear in the
 * shifted shares, {@code V = base + sum_k share_k x delta_k}, so an iteration costs O(sites x shifts) instead of a
 * fresh allocation of every area: {@link #evaluate} fills one iteration's metrics from its drawn inputs. What leaves
 * hospital arrives somewhere named: every {@code delta_k} sums to zero (the conservation metric checks it per
 * iteration).
 *
 * <p>Settings: a site of the acute table (by default {@code acute_sites}) is a hospital; any other site in the region
 * offering a shift's service is a receiving (polyclinic) site. An acute site's trust is the first three characters of
 * its ODS site code, the ODS convention for trust sites. Volumes are at full effect; finance follows each shift's ramp
 * year by year over the horizon. Immutable and thread-safe once built.
 */
public final class SimulationPlan {
    private final SimulationSpec spec;
    private final SimulationInputs inputs = new SimulationInputs();
    private final List<Site> sites = new ArrayList<>();
    private final Map<SiteCode, Integer> siteIndex = new HashMap<>();
    private final List<ActivityRate> activities;
    private final double[][] base;
    private final double[] demand;
    private final double[] todayAcute;
    private final double[][] delta;
    private final double[][] receiving;
    private final int[] shiftActivity;
    private final int[] receivingSites;
    private final List<String> trusts;
    private final int[] trustOf;
    private final boolean[] acuteSite;
    private final List<Metric.Definition> metrics = new ArrayList<>();
    private final Map<String, Integer> metricIndex = new HashMap<>();
    private final List<String> notes = new ArrayList<>();
    // metric positions, -1 when absent
    private int conservation;
    private int outpatientsChange = -1;
    private int acuteTotalChange = -1;
    private final int[] actAcute;
    private final int[] actChange;
    private final int[] actOutside;
    private final List<int[]> siteVolumeMetrics = new ArrayList<>();   // {metric, site, activity}
    private final List<int[]> capacityMetrics = new ArrayList<>();     // {utilisation metric, over metric, site, service}
    private final List<ServiceId> shiftServices = new ArrayList<>();
    private int sitesOverCapacity = -1;
    private final List<int[]> queueMetrics = new ArrayList<>();        // {p_wait metric, unstable metric, site}
    private int sitesUnstable = -1;
    private final List<int[]> workforceMetrics = new ArrayList<>();    // {clinicians metric, activity, below-min count}
    private final List<int[]> belowMinMetrics = new ArrayList<>();     // {metric, site, activity}
    private SimulationFinance finance;
    private int[][] trustActivity;
    private int[] trustBeds;
    private double[] bedsToday;

    private SimulationPlan(SimulationSpec spec, RegionModel baseline, RegionModel option, AccessAnalysis access) {
        this.spec = spec;
        // activities no hospital delivers (GP appointments) are outside what moves out of hospital: left out, said
        List<ActivityRate> kept = new ArrayList<>();
        for (ActivityRate rate : spec.activities()) {
            boolean inHospital = option.sitesOffering(rate.deliveredBy()).stream()
                    .anyMatch(s -> s.table().equals(spec.acuteTable()));
            if (inHospital) {
                kept.add(rate);
            } else {
                notes.add("Activity " + rate.activity() + " is left out: no hospital site delivers '"
                        + rate.deliveredBy() + "', so none of it can move out of hospital.");
            }
        }
        this.activities = List.copyOf(kept);
        int na = activities.size();
        int nk = spec.shifts().size();
        this.base = new double[na][];
        this.demand = new double[na];
        this.todayAcute = new double[na];
        this.actAcute = new int[na];
        this.actChange = new int[na];
        this.actOutside = new int[na];
        this.delta = new double[nk][];
        this.receiving = new double[nk][];
        this.shiftActivity = new int[nk];
        // inputs: every shift's share, then every assumption
        for (ActivityShift s : spec.shifts()) {
            inputs.add(s.id(), s.share(), s.source());
        }
        for (Assumption as : spec.assumptions()) {
            inputs.add(as.name(), as.value(), as.source());
        }
        // sites: the option's, then any only the baseline has (closed by the option)
        option.sites().forEach(this::addSite);
        baseline.sites().forEach(this::addSite);
        Map<String, Integer> activityIndex = new HashMap<>();
        for (int i = 0; i < na; i++) {
            if (activityIndex.put(activities.get(i).activity(), i) != null) {
                throw new IllegalArgumentException("activity " + activities.get(i).activity() + " has two rates");
            }
        }
        Set<Integer> receivers = new LinkedHashSet<>();
        for (int i = 0; i < na; i++) {
            ActivityRate rate = activities.get(i);
            Service service = service(option, rate.deliveredBy());
            List<Site> hospitals = option.sitesOffering(rate.deliveredBy()).stream()
                    .filter(s -> s.table().equals(spec.acuteTable())).toList();
            List<Site> hospitalsToday = baseline.sitesOffering(rate.deliveredBy()).stream()
                    .filter(s -> s.table().equals(spec.acuteTable())).toList();
            if (hospitals.isEmpty() || hospitalsToday.isEmpty()) {
                throw new IllegalArgumentException("activity " + rate.activity() + ": no hospital site (table "
                        + spec.acuteTable() + ") offers '" + rate.deliveredBy() + "'");
            }
            base[i] = allocate(access.run(option.withSites(hospitals), service), rate);
            double[] today = allocate(access.run(baseline.withSites(hospitalsToday), service), rate);
            for (double v : today) {
                todayAcute[i] += v;
            }
            for (var area : option.areas()) {
                demand[i] += rate.yearly(area);
            }
        }
        for (int k = 0; k < nk; k++) {
            ActivityShift shift = spec.shifts().get(k);
            Integer ai = activityIndex.get(shift.activity());
            if (ai == null) {
                throw new IllegalArgumentException("shift " + shift.id() + ": activity '" + shift.activity()
                        + "' has no rate (it has " + activityIndex.keySet() + ")");
            }
            shiftActivity[k] = ai;
            Service service = service(option, shift.toService());
            List<Site> receivers0 = option.sitesOffering(shift.toService()).stream()
                    .filter(s -> !s.table().equals(spec.acuteTable()) && !s.outsideRegion()).toList();
            if (receivers0.isEmpty()) {
                throw new IllegalArgumentException("shift " + shift.id() + ": no site outside hospital offers '"
                        + shift.toService() + "' under this option, so nothing could receive the activity");
            }
            receivers0.forEach(s -> receivers.add(siteIndex.get(s.code())));
            receiving[k] = allocate(access.run(option.withSites(receivers0), service), activities.get(ai));
            delta[k] = new double[sites.size()];
            for (int j = 0; j < sites.size(); j++) {
                delta[k][j] = receiving[k][j] - base[ai][j];
            }
            if (!shiftServices.contains(shift.toService())) {
                shiftServices.add(shift.toService());
            }
        }
        this.receivingSites = SiteCompaction.apply(sites, siteIndex, base, receiving, delta, receivers);
        this.trusts = new ArrayList<>();
        this.trustOf = new int[sites.size()];
        this.acuteSite = new boolean[sites.size()];
        for (int j = 0; j < sites.size(); j++) {
            acuteSite[j] = sites.get(j).table().equals(spec.acuteTable());
        }
        for (int j = 0; j < sites.size(); j++) {
            Site s = sites.get(j);
            trustOf[j] = -1;
            if (s.table().equals(spec.acuteTable()) && !s.outsideRegion() && s.code().value().length() == 5) {
                String trust = s.code().value().substring(0, 3);
                if (!trusts.contains(trust)) {
                    trusts.add(trust);
                }
                trustOf[j] = trusts.indexOf(trust);
            }
        }
        defineMetrics(option);
    }

    /** Works out the plan. @throws IllegalArgumentException naming what is missing (an activity, a receiving site) */
    public static SimulationPlan of(SimulationSpec spec, RegionModel baseline, RegionModel option,
                                    AccessAnalysis access) {
        if (!baseline.areas().equals(option.areas())) {
            throw new IllegalArgumentException("an option must keep the baseline's areas");
        }
        return new SimulationPlan(spec, baseline, option, access);
    }

    private void addSite(Site s) {
        if (!siteIndex.containsKey(s.code())) {
            siteIndex.put(s.code(), sites.size());
            sites.add(s);
        }
    }

    private static Service service(RegionModel model, ServiceId id) {
        return model.catalogue().find(id).orElseThrow(() -> new IllegalArgumentException("service '" + id
                + "' is not in the catalogue"));
    }

    private double[] allocate(AccessResult result, ActivityRate rate) {
        double[] v = new double[sites.size()];
        for (AreaAccess a : result.areas()) {
            v[siteIndex.get(a.nearest())] += rate.yearly(a.area());
        }
        return v;
    }

    private int metric(String name, String label, String unit, Metric.Kind kind) {
        if (metricIndex.containsKey(name)) {
            return metricIndex.get(name);
        }
        metricIndex.put(name, metrics.size());
        metrics.add(new Metric.Definition(name, label, unit, kind));
        return metrics.size() - 1;
    }

    private boolean has(String input) {
        return inputs.has(input);
    }

    private void defineMetrics(RegionModel option) {
        conservation = metric("check.conservation_error", "Largest share of an activity not landing at a site",
                "share", Metric.Kind.VALUE);
        for (int a = 0; a < activities.size(); a++) {
            String id = activities.get(a).activity();
            actAcute[a] = metric("activity." + id + ".acute", id + " in hospital", activities.get(a).unit(),
                    Metric.Kind.VALUE);
            actChange[a] = metric("activity." + id + ".acute_change", id + " in hospital, change on today", "share",
                    Metric.Kind.VALUE);
            actOutside[a] = metric("activity." + id + ".outside_hospital", id + " outside hospital",
                    activities.get(a).unit(), Metric.Kind.VALUE);
        }
        if (activities.stream().filter(r -> r.activity().startsWith("outpatient")).count() > 0) {
            outpatientsChange = metric("activity.acute_outpatients.acute_change",
                    "Hospital outpatient attendances, change on today", "share", Metric.Kind.VALUE);
        }
        trustActivity = new int[trusts.size()][activities.size()];
        for (int t = 0; t < trusts.size(); t++) {
            for (int a = 0; a < activities.size(); a++) {
                trustActivity[t][a] = metric("activity.trust." + trusts.get(t) + "." + activities.get(a).activity(),
                        "Trust " + trusts.get(t) + " " + activities.get(a).activity(), activities.get(a).unit(),
                        Metric.Kind.VALUE);
            }
        }
        acuteTotalChange = metric("activity.acute_total.acute_change",
                "Hospital activity (attendances and admissions, not bed days), change on today", "share",
                Metric.Kind.VALUE);
        for (int j = 0; j < sites.size(); j++) {
            Site s = sites.get(j);
            if (s.outsideRegion()) {
                continue;
            }
            for (int a = 0; a < activities.size(); a++) {
                boolean moves = base[a][j] > 0;
                for (int k = 0; k < delta.length; k++) {
                    moves |= shiftActivity[k] == a && delta[k][j] != 0;
                }
                if (moves) {
                    siteVolumeMetrics.add(new int[] {metric("site." + s.code().value() + "." + activities.get(a)
                            .activity(), s.name(), activities.get(a).unit(), Metric.Kind.VALUE), j, a});
                }
            }
        }
        for (int j : receivingSites) {
            Site s = sites.get(j);
            for (int si = 0; si < shiftServices.size(); si++) {
                ServiceId svc = shiftServices.get(si);
                if (s.capacity(svc).isPresent()) {
                    String name = "capacity." + s.code().value() + "." + svc.value();
                    capacityMetrics.add(new int[] {metric(name + ".utilisation", s.name(), "share",
                            Metric.Kind.VALUE), metric(name + ".over", s.name(), "probability",
                            Metric.Kind.INDICATOR), j, si});
                }
            }
        }
        if (!capacityMetrics.isEmpty()) {
            sitesOverCapacity = metric("capacity.sites_over", "Sites over their stated capacity", "sites",
                    Metric.Kind.VALUE);
        }
        ServiceId urgent = new ServiceId("urgent_care");
        if (shiftServices.contains(urgent) && has("queue.urgent_care.service_minutes")
                && has("queue.urgent_care.clinicians") && has("queue.urgent_care.opening_hours_per_year")) {
            for (int j : receivingSites) {
                if (sites.get(j).offers(urgent)) {
                    String name = "queue." + sites.get(j).code().value();
                    queueMetrics.add(new int[] {metric(name + ".p_wait", sites.get(j).name(), "probability",
                            Metric.Kind.VALUE), metric(name + ".unstable", sites.get(j).name(), "probability",
                            Metric.Kind.INDICATOR), j});
                }
            }
            sitesUnstable = metric("queue.sites_unstable", "Urgent care sites whose queue grows without limit",
                    "sites", Metric.Kind.VALUE);
        } else if (shiftServices.contains(urgent)) {
            notes.add("No urgent-care queue: the assumptions queue.urgent_care.service_minutes, clinicians and"
                    + " opening_hours_per_year are not all given.");
        }
        for (int a = 0; a < activities.size(); a++) {
            String id = activities.get(a).activity();
            if (!has("productivity.polyclinic." + id) || !shifted(a)) {
                continue;
            }
            int belowCount = -1;
            if (has("min_cases.polyclinic." + id)) {
                belowCount = metric("workforce." + id + ".sites_below_min", "Polyclinics where one clinician would see"
                        + " fewer " + id + " than the minimum", "sites", Metric.Kind.VALUE);
                for (int j : receivingSites) {
                    belowMinMetrics.add(new int[] {metric("workforce." + sites.get(j).code().value() + "." + id
                            + ".below_min", sites.get(j).name(), "probability", Metric.Kind.INDICATOR), j, a});
                }
            }
            workforceMetrics.add(new int[] {metric("workforce." + id + ".clinicians", "Clinicians (full time) for "
                    + id + " outside hospital", "FTE", Metric.Kind.VALUE), a, belowCount});
        }
        boolean priced = delta.length > 0;
        for (int k = 0; k < delta.length; k++) {
            String id = activities.get(shiftActivity[k]).activity();
            priced &= has("price.acute." + id) && has("cost.polyclinic." + id);
        }
        if (priced) {
            String[] activityOf = new String[delta.length];
            for (int k = 0; k < delta.length; k++) {
                activityOf[k] = activities.get(shiftActivity[k]).activity();
            }
            finance = new SimulationFinance(spec.horizonYears(), spec.shifts(), activityOf, receiving, delta,
                    receivingSites, trustOf, trusts, has("finance.funding_gap"),
                    (name, label, unit) -> metric(name, label, unit, Metric.Kind.VALUE));
        } else if (delta.length > 0) {
            notes.add("No finance: every shifted activity needs price.acute.ACTIVITY and cost.polyclinic.ACTIVITY.");
        }
        int beds = activityIndex("bed_day");
        if (beds >= 0 && has("beds.target_occupancy")) {
            trustBeds = new int[trusts.size()];
            bedsToday = new double[trusts.size()];
            for (int t = 0; t < trusts.size(); t++) {
                trustBeds[t] = metric("beds.trust." + trusts.get(t) + ".needed", "Trust " + trusts.get(t)
                        + " beds needed", "beds", Metric.Kind.VALUE);
            }
        }
    }

    private int activityIndex(String id) {
        for (int a = 0; a < activities.size(); a++) {
            if (activities.get(a).activity().equals(id)) {
                return a;
            }
        }
        return -1;
    }

    private boolean shifted(int a) {
        for (int k : shiftActivity) {
            if (k == a) {
                return true;
            }
        }
        return false;
    }

    private double in(double[] p, String name, double otherwise) {
        return inputs.in(p, name, otherwise);
    }

    /**
     * Fills {@code out} (one value per metric) for one iteration's inputs {@code p} (one per input, in
     * {@link #inputNames()} order). Pure: the same inputs always give the same metrics.
     */
    public void evaluate(double[] p, double[] out) {
        int na = activities.size();
        int ns = sites.size();
        double[] share = new double[delta.length];
        double[] totalShare = new double[na];
        for (int k = 0; k < delta.length; k++) {
            share[k] = Math.max(0, Math.min(1, p[k]));
            totalShare[shiftActivity[k]] += share[k];
        }
        for (int k = 0; k < delta.length; k++) {
            double t = totalShare[shiftActivity[k]];
            if (t > 1) {
                share[k] /= t; // shares of one activity cannot move more than all of it
            }
        }
        double[][] v = new double[na][];
        double worst = 0;
        double acuteNow = 0;
        double acuteToday = 0;
        double opNow = 0;
        double opToday = 0;
        for (int a = 0; a < na; a++) {
            v[a] = base[a].clone();
        }
        for (int k = 0; k < delta.length; k++) {
            double[] row = v[shiftActivity[k]];
            double s = share[k];
            double[] d = delta[k];
            for (int j = 0; j < ns; j++) {
                row[j] += s * d[j];
            }
        }
        for (int a = 0; a < na; a++) {
            double inHospital = 0;
            double outside = 0;
            double all = 0;
            for (int j = 0; j < ns; j++) {
                all += v[a][j];
                if (acuteSite[j]) {
                    inHospital += v[a][j];
                } else {
                    outside += v[a][j];
                }
            }
            worst = Math.max(worst, demand[a] == 0 ? 0 : Math.abs(all - demand[a]) / demand[a]);
            out[actAcute[a]] = inHospital;
            out[actOutside[a]] = outside;
            out[actChange[a]] = todayAcute[a] == 0 ? 0 : inHospital / todayAcute[a] - 1;
            String id = activities.get(a).activity();
            if (!id.equals("bed_day")) {
                acuteNow += inHospital;
                acuteToday += todayAcute[a];
            }
            if (id.startsWith("outpatient")) {
                opNow += inHospital;
                opToday += todayAcute[a];
            }
        }
        out[conservation] = worst;
        for (int t = 0; t < trustActivity.length; t++) {
            for (int a = 0; a < na; a++) {
                out[trustActivity[t][a]] = 0;
            }
        }
        for (int j = 0; j < ns; j++) {
            if (trustOf[j] >= 0) {
                for (int a = 0; a < na; a++) {
                    out[trustActivity[trustOf[j]][a]] += Math.max(0, v[a][j]);
                }
            }
        }
        out[acuteTotalChange] = acuteToday == 0 ? 0 : acuteNow / acuteToday - 1;
        if (outpatientsChange >= 0) {
            out[outpatientsChange] = opToday == 0 ? 0 : opNow / opToday - 1;
        }
        for (int[] m : siteVolumeMetrics) {
            out[m[0]] = Math.max(0, v[m[2]][m[1]]);
        }
        // what each receiving site receives, per shifted service
        double[][] received = new double[shiftServices.size()][ns];
        for (int k = 0; k < delta.length; k++) {
            int si = shiftServices.indexOf(spec.shifts().get(k).toService());
            for (int j : receivingSites) {
                received[si][j] += share[k] * receiving[k][j];
            }
        }
        if (sitesOverCapacity >= 0) {
            int over = 0;
            for (int[] m : capacityMetrics) {
                double cap = sites.get(m[2]).capacity(shiftServices.get(m[3])).getAsDouble();
                double vol = received[m[3]][m[2]];
                out[m[0]] = cap == 0 ? (vol > 0 ? 1e9 : 0) : vol / cap;
                boolean isOver = vol > cap;
                out[m[1]] = isOver ? 1 : 0;
                over += isOver ? 1 : 0;
            }
            out[sitesOverCapacity] = over;
        }
        if (sitesUnstable >= 0) {
            int si = shiftServices.indexOf(new ServiceId("urgent_care"));
            double minutes = in(p, "queue.urgent_care.service_minutes", 0);
            int clinicians = (int) Math.max(1, Math.round(in(p, "queue.urgent_care.clinicians", 1)));
            double hours = in(p, "queue.urgent_care.opening_hours_per_year", 1);
            int unstable = 0;
            for (int[] m : queueMetrics) {
                double perHour = received[si][m[2]] / hours;
                org.nhsblueprint.capacity.ErlangC.Result q = org.nhsblueprint.capacity.ErlangC.of(perHour,
                        Math.max(1e-6, minutes), clinicians, Double.NaN);
                out[m[0]] = q.pWait();
                out[m[1]] = q.stable() ? 0 : 1;
                unstable += q.stable() ? 0 : 1;
            }
            out[sitesUnstable] = unstable;
        }
        for (int[] w : workforceMetrics) {
            String id = activities.get(w[1]).activity();
            double perClinician = Math.max(1e-9, in(p, "productivity.polyclinic." + id, 1));
            double outside = 0;
            for (int j : receivingSites) {
                outside += Math.max(0, v[w[1]][j]);
            }
            out[w[0]] = outside / perClinician;
            if (w[2] >= 0) {
                double min = in(p, "min_cases.polyclinic." + id, 0);
                int below = 0;
                for (int[] m : belowMinMetrics) {
                    if (m[2] != w[1]) {
                        continue;
                    }
                    double vol = v[w[1]][m[1]];
                    boolean isBelow = vol > 0 && vol < min;
                    out[m[0]] = isBelow ? 1 : 0;
                    below += isBelow ? 1 : 0;
                }
                out[w[2]] = below;
            }
        }
        if (finance != null) {
            finance.evaluate(p, share, this::in, out);
        }
        if (trustBeds != null) {
            int b = activityIndex("bed_day");
            double occupancy = in(p, "beds.target_occupancy", 0.85);
            double[] bedDays = new double[trusts.size()];
            for (int j = 0; j < ns; j++) {
                if (trustOf[j] >= 0) {
                    bedDays[trustOf[j]] += Math.max(0, v[b][j]);
                }
            }
            for (int t = 0; t < trusts.size(); t++) {
                out[trustBeds[t]] = org.nhsblueprint.capacity.BedsNeeded.of(bedDays[t],
                        Math.max(1e-6, Math.min(1, occupancy)));
            }
        }
    }

    public List<String> inputNames() {
        return inputs.names();
    }

    public List<Uncertain> inputs() {
        return inputs.values();
    }

    public List<String> inputSources() {
        return inputs.sources();
    }

    /** The metrics an iteration fills, in order. */
    public List<Metric.Definition> metrics() {
        return List.copyOf(metrics);
    }

    /** The correlation matrix over the inputs from the spec's pairs, or null if there are none. */
    double[][] correlation() {
        return inputs.correlation(spec.correlations());
    }

    /** Facts the reader should know (parts left out for want of assumptions). */
    public List<String> notes() {
        return List.copyOf(notes);
    }

    public SimulationSpec spec() {
        return spec;
    }

    /** Total yearly demand for each activity, in spec order. */
    double[] demand() {
        return demand.clone();
    }

    /** Trust codes, in order, with beds needed today at the target occupancy where bed days are modelled. */
    public Map<String, Double> bedsToday(double occupancy) {
        Map<String, Double> out = new LinkedHashMap<>();
        int b = activityIndex("bed_day");
        if (b < 0) {
            return out;
        }
        for (int t = 0; t < trusts.size(); t++) {
            double days = 0;
            for (int j = 0; j < sites.size(); j++) {
                if (trustOf[j] == t) {
                    days += base[b][j];
                }
            }
            out.put(trusts.get(t), (double) org.nhsblueprint.capacity.BedsNeeded.of(days, occupancy));
        }
        return out;
    }

    int polyclinics() {
        return receivingSites.length;
    }
}
