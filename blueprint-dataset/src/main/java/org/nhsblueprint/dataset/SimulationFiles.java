package org.nhsblueprint.dataset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nhsblueprint.model.ActivityRate;
import org.nhsblueprint.model.ActivityShift;
import org.nhsblueprint.model.Assumption;
import org.nhsblueprint.model.ServiceId;
import org.nhsblueprint.model.Uncertain;

/**
 * A dataset's simulation inputs ({@code simulation/} beside its manifest; see
 * {@code datasets/london/simulation/SOURCE.md}): activity rates by age band, prices and receiving-setting costs,
 * workforce productivity, finance parameters, and the shifts of activity out of hospital its sources support. Each
 * range {@code low}/{@code mid}/{@code high} becomes a triangular distribution (a fixed value when low equals high).
 * Every malformed row is a problem naming the file, line and field; all are reported together. Stateless.
 */
public final class SimulationFiles {
    /** What the folder holds; empty lists for files that are absent. */
    public record Read(List<ActivityRate> activities, List<Assumption> assumptions, List<ActivityShift> shifts) {
        public Read {
            activities = List.copyOf(activities);
            assumptions = List.copyOf(assumptions);
            shifts = List.copyOf(shifts);
        }
    }

    /** Finance rows and the assumption each becomes. */
    private static final Map<String, String> FINANCE = Map.of(
            "discount_rate", "finance.discount_rate",
            "funding_gap_gbp", "finance.funding_gap",
            "polyclinic_capital_gbp", "finance.capital_per_polyclinic",
            "polyclinic_fixed_cost_gbp_per_year", "finance.fixed_cost_per_polyclinic_year",
            "double_running_years", "finance.double_running_years");

    /** True if the dataset has a simulation folder. */
    public static boolean present(Path dataset) {
        return Files.isDirectory(dataset.resolve("simulation"));
    }

    /** @throws DatasetException listing every problem */
    public Read read(Path dataset) {
        Path dir = dataset.resolve("simulation");
        Problems problems = new Problems();
        List<ActivityRate> activities = new ArrayList<>();
        Map<String, Assumption> assumptions = new LinkedHashMap<>();
        List<ActivityShift> shifts = new ArrayList<>();
        CsvTable rates = optional(dir.resolve("activity_rates.csv"), "simulation/activity_rates.csv", problems);
        if (rates != null) {
            for (CsvTable.Row r : rates.rows()) {
                String file = "simulation/activity_rates.csv";
                double under = number(r, "per_1000_under_65", file, problems);
                double older = number(r, "per_1000_65_plus", file, problems);
                ServiceId service = service(r, "service", file, problems);
                if (service != null && under >= 0 && older >= 0) {
                    activities.add(new ActivityRate(r.get("activity"), service, under, older, r.get("unit"),
                            r.get("source")));
                }
            }
        }
        CsvTable prices = optional(dir.resolve("prices.csv"), "simulation/prices.csv", problems);
        if (prices != null) {
            for (CsvTable.Row r : prices.rows()) {
                String setting = r.get("setting");
                String prefix = setting.equals("acute") ? "price.acute." : setting.equals("polyclinic")
                        ? "cost.polyclinic." : null;
                if (prefix == null) {
                    problems.add("simulation/prices.csv", r.line(), "setting", setting, "must be acute or polyclinic");
                    continue;
                }
                range(r, "mid_gbp", "low_gbp", "high_gbp", "simulation/prices.csv", problems)
                        .ifPresent(u -> put(assumptions, prefix + r.get("activity"), u, r.get("source")));
            }
        }
        CsvTable workforce = optional(dir.resolve("workforce.csv"), "simulation/workforce.csv", problems);
        if (workforce != null) {
            for (CsvTable.Row r : workforce.rows()) {
                String key = r.get("setting") + "." + r.get("activity");
                range(r, "cases_per_clinician_year_mid", "low", "high", "simulation/workforce.csv", problems)
                        .ifPresent(u -> put(assumptions, "productivity." + key, u, r.get("source")));
                if (!r.get("min_cases_per_clinician_year").isEmpty()) {
                    double min = number(r, "min_cases_per_clinician_year", "simulation/workforce.csv", problems);
                    if (min >= 0) {
                        put(assumptions, "min_cases." + key, new Uncertain.Fixed(min), r.get("source"));
                    }
                }
            }
        }
        CsvTable finance = optional(dir.resolve("finance.csv"), "simulation/finance.csv", problems);
        if (finance != null) {
            for (CsvTable.Row r : finance.rows()) {
                String name = FINANCE.get(r.get("parameter"));
                if (name == null) {
                    problems.add("simulation/finance.csv", r.line(), "parameter", r.get("parameter"),
                            "is not a finance parameter (" + String.join(", ", new java.util.TreeSet<>(
                                    FINANCE.keySet())) + ")");
                    continue;
                }
                if (name.equals("finance.funding_gap")) {
                    double gap = number(r, "mid", "simulation/finance.csv", problems);
                    if (gap >= 0) {
                        put(assumptions, name, new Uncertain.Fixed(gap), r.get("source"));
                    }
                    continue;
                }
                range(r, "mid", "low", "high", "simulation/finance.csv", problems)
                        .ifPresent(u -> put(assumptions, name, u, r.get("source")));
            }
        }
        CsvTable shiftTable = optional(dir.resolve("shifts.csv"), "simulation/shifts.csv", problems);
        if (shiftTable != null) {
            for (CsvTable.Row r : shiftTable.rows()) {
                ServiceId to = service(r, "to_service", "simulation/shifts.csv", problems);
                var share = range(r, "mid", "low", "high", "simulation/shifts.csv", problems);
                if (share.isPresent() && to != null) {
                    if (share.get() instanceof Uncertain.Triangular t && (t.min() < 0 || t.max() > 1)) {
                        problems.add("simulation/shifts.csv", r.line(), "low/high", t.min() + "/" + t.max(),
                                "a share must lie between 0 and 1");
                        continue;
                    }
                    shifts.add(new ActivityShift(r.get("activity"), r.get("activity"), to, share.get(), 1,
                            "simulation/shifts.csv:" + r.line() + ": " + r.get("source")));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new DatasetException("simulation inputs", dir.toString(), problems.all());
        }
        return new Read(activities, List.copyOf(assumptions.values()), shifts);
    }

    private static void put(Map<String, Assumption> into, String name, Uncertain value, String source) {
        into.put(name, new Assumption(name, value, source));
    }

    private static CsvTable optional(Path file, String name, Problems problems) {
        return Files.isRegularFile(file) ? CsvTable.read(file, name, problems) : null;
    }

    private static double number(CsvTable.Row r, String column, String file, Problems problems) {
        String v = r.get(column);
        try {
            double d = Double.parseDouble(v);
            if (d >= 0 && Double.isFinite(d)) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(file, r.line(), column, v, "must be a number, zero or more");
        return -1;
    }

    private static ServiceId service(CsvTable.Row r, String column, String file, Problems problems) {
        try {
            return new ServiceId(r.get(column));
        } catch (IllegalArgumentException e) {
            problems.add(file, r.line(), column, r.get(column), "is not a service id");
            return null;
        }
    }

    private static java.util.Optional<Uncertain> range(CsvTable.Row r, String midColumn, String lowColumn,
                                                       String highColumn, String file, Problems problems) {
        int before = problems.count();
        double mid = number(r, midColumn, file, problems);
        double low = number(r, lowColumn, file, problems);
        double high = number(r, highColumn, file, problems);
        if (problems.count() > before) {
            return java.util.Optional.empty();
        }
        if (!(low <= mid && mid <= high)) {
            problems.add(file, r.line(), lowColumn + "/" + midColumn + "/" + highColumn, low + "/" + mid + "/" + high,
                    "must satisfy low <= mid <= high");
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(low == high ? new Uncertain.Fixed(mid) : new Uncertain.Triangular(low, mid, high));
    }
}
