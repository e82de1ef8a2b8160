package org.nhsblueprint.simulation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which assumption drives a result: with every input at its median, each input in turn is set to its 10th and then
 * its 90th percentile and the result's swing recorded (one-at-a-time sensitivity, the classic tornado chart), largest
 * swing first. Computed for the headline metrics only. Immutable.
 *
 * @param metric the metric's name
 * @param atMid  its value with every input at its median
 * @param bars   one per input that moves it, largest swing first
 */
public record Tornado(String metric, double atMid, List<Bar> bars) {
    /** One input's effect: the metric with the input at its 10th and at its 90th percentile. */
    public record Bar(String input, double atLow, double atHigh) {
        public double swing() {
            return Math.abs(atHigh - atLow);
        }
    }

    public Tornado {
        bars = List.copyOf(bars);
    }

    /** The headline metrics a tornado is drawn for, where the plan has them. */
    static final List<String> HEADLINES = List.of("activity.acute_outpatients.acute_change",
            "activity.acute_total.acute_change", "finance.npv", "capacity.sites_over");

    static List<Tornado> of(SimulationPlan plan, Draws draws) {
        List<String> names = plan.metrics().stream().map(Metric.Definition::name).toList();
        double[] mid = draws.mids();
        double[] out = new double[names.size()];
        plan.evaluate(mid, out);
        double[] atMid = out.clone();
        List<Tornado> result = new ArrayList<>();
        List<double[]> lows = new ArrayList<>();
        List<double[]> highs = new ArrayList<>();
        for (int k = 0; k < mid.length; k++) {
            double[] p = mid.clone();
            p[k] = draws.quantile(k, 0.1);
            plan.evaluate(p, out);
            lows.add(out.clone());
            p[k] = draws.quantile(k, 0.9);
            plan.evaluate(p, out);
            highs.add(out.clone());
        }
        for (String headline : HEADLINES) {
            int m = names.indexOf(headline);
            if (m < 0) {
                continue;
            }
            List<Bar> bars = new ArrayList<>();
            for (int k = 0; k < mid.length; k++) {
                Bar b = new Bar(plan.inputNames().get(k), lows.get(k)[m], highs.get(k)[m]);
                if (b.swing() > 0) {
                    bars.add(b);
                }
            }
            bars.sort(Comparator.comparingDouble(Bar::swing).reversed().thenComparing(Bar::input));
            result.add(new Tornado(headline, atMid[m], bars));
        }
        return result;
    }
}
