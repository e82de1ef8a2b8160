package org.nhsblueprint.simulation;

import java.util.List;
import org.nhsblueprint.model.ActivityShift;

/**
 * The finance part of a simulation plan, year by year over the horizon: each shift reaches its full share over its
 * ramp; hospital income lost is the acute price times the activity moved; the receiving setting's cost is its unit
 * cost times the activity moved plus each polyclinic's fixed yearly cost; the net saving counts the income lost only
 * after the double-running years; the net present value takes the polyclinics' capital and discounts each year.
 * Also each trust's income change at full effect and the share of the funding gap the full-effect saving closes.
 * Immutable once built, so thread-safe.
 */
final class SimulationFinance {
    /** Registers a metric and returns its position. */
    interface Metrics {
        int add(String name, String label, String unit);
    }

    /** An input's value in one iteration, by name, or a default when the plan has no such input. */
    interface Inputs {
        double get(double[] p, String name, double otherwise);
    }

    private final int horizon;
    private final List<ActivityShift> shifts;
    private final String[] activityOf;
    private final double[] movedAtFullShare;
    private final double[][] delta;
    private final int polyclinics;
    private final int[] trustOf;
    private final int trusts;
    private final int[] savingByYear;
    private final int npv;
    private final int acuteIncome;
    private final int[] trustIncome;
    private final int gapShare;

    SimulationFinance(int horizon, List<ActivityShift> shifts, String[] activityOf, double[][] receiving,
                      double[][] delta, int[] receivingSites, int[] trustOf, List<String> trustCodes, boolean gap,
                      Metrics metrics) {
        this.horizon = horizon;
        this.shifts = List.copyOf(shifts);
        this.activityOf = activityOf.clone();
        this.delta = delta;
        this.polyclinics = receivingSites.length;
        this.trustOf = trustOf;
        this.trusts = trustCodes.size();
        this.movedAtFullShare = new double[receiving.length];
        for (int k = 0; k < receiving.length; k++) {
            for (int j : receivingSites) {
                movedAtFullShare[k] += receiving[k][j];
            }
        }
        savingByYear = new int[horizon];
        for (int t = 1; t <= horizon; t++) {
            savingByYear[t - 1] = metrics.add("finance.net_saving.year" + t, "Net saving to the system, year " + t,
                    "GBP");
        }
        npv = metrics.add("finance.npv", "Net present value over " + horizon + " years", "GBP");
        acuteIncome = metrics.add("finance.acute_income_change", "Hospital income change at full effect", "GBP");
        trustIncome = new int[trusts];
        for (int t = 0; t < trusts; t++) {
            trustIncome[t] = metrics.add("finance.trust." + trustCodes.get(t) + ".income_change", "Trust "
                    + trustCodes.get(t) + " income change at full effect", "GBP");
        }
        gapShare = gap ? metrics.add("finance.gap_share", "Share of the funding gap closed by the full-effect yearly"
                + " saving", "share") : -1;
    }

    /** Fills the finance metrics for one iteration's inputs and (capped) shares. */
    void evaluate(double[] p, double[] share, Inputs in, double[] out) {
        double rate = in.get(p, "finance.discount_rate", 0);
        double capital = in.get(p, "finance.capital_per_polyclinic", 0);
        double fixed = in.get(p, "finance.fixed_cost_per_polyclinic_year", 0);
        long doubleRunning = Math.round(in.get(p, "finance.double_running_years", 0));
        double[] price = new double[shifts.size()];
        double[] unitCost = new double[shifts.size()];
        for (int k = 0; k < shifts.size(); k++) {
            price[k] = in.get(p, "price.acute." + activityOf[k], 0);
            unitCost[k] = in.get(p, "cost.polyclinic." + activityOf[k], 0);
        }
        double value = -capital * polyclinics;
        double fullYear = 0;
        double income = 0;
        for (int t = 1; t <= horizon; t++) {
            double lost = 0;
            double cost = fixed * polyclinics;
            for (int k = 0; k < shifts.size(); k++) {
                double moved = movedAtFullShare[k] * share[k] * Math.min(1.0, (double) t / shifts.get(k).rampYears());
                lost += price[k] * moved;
                cost += unitCost[k] * moved;
            }
            double saving = (t > doubleRunning ? lost : 0) - cost;
            out[savingByYear[t - 1]] = saving;
            value += saving / Math.pow(1 + rate, t);
            if (t == horizon) {
                fullYear = lost - cost;
                income = -lost;
            }
        }
        double[] trustChange = new double[trusts];
        for (int k = 0; k < shifts.size(); k++) {
            double ramp = Math.min(1.0, (double) horizon / shifts.get(k).rampYears());
            for (int j = 0; j < trustOf.length; j++) {
                if (trustOf[j] >= 0 && delta[k][j] < 0) {
                    trustChange[trustOf[j]] += price[k] * share[k] * ramp * delta[k][j];
                }
            }
        }
        out[npv] = value;
        out[acuteIncome] = income;
        for (int t = 0; t < trusts; t++) {
            out[trustIncome[t]] = trustChange[t];
        }
        if (gapShare >= 0) {
            double gap = in.get(p, "finance.funding_gap", 0);
            out[gapShare] = gap == 0 ? 0 : fullYear / gap;
        }
    }
}
