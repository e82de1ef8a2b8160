package org.nhsblueprint.consultation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hipparchus.distribution.continuous.NormalDistribution;

/**
 * Support for each answer to a closed question, overall and by group (respondent type, borough, deprivation), as a
 * share with a Wilson score interval, the interval that stays inside 0 to 1 and behaves for small groups and shares
 * near 0 or 1 (Wilson 1927; Agresti and Coull 1998). Stateless.
 */
public final class Support {
    private Support() {
    }

    /** One answer's share in one group: {@code count} of {@code total}, with its interval. */
    public record Share(String group, String answer, int count, int total, double share, double low, double high) {
    }

    /** The Wilson score interval for {@code count} of {@code total} at the given confidence (e.g. 0.95). */
    public static double[] wilson(int count, int total, double confidence) {
        if (total <= 0 || count < 0 || count > total || !(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("need 0 <= count <= total, total > 0 and confidence in (0, 1)");
        }
        return wilson((double) count / total, total, confidence);
    }

    /** The Wilson interval for a share {@code p} observed on an (effective) sample of {@code n}. */
    static double[] wilson(double p, double n, double confidence) {
        double total = n;
        double z = new NormalDistribution(0, 1).inverseCumulativeProbability(1 - (1 - confidence) / 2);
        double d = 1 + z * z / total;
        double centre = (p + z * z / (2.0 * total)) / d;
        double half = z * Math.sqrt(p * (1 - p) / total + z * z / (4.0 * total * total)) / d;
        return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
    }

    /**
     * A reweighted estimate of each answer's share: weighted shares among respondents with weight above 0, with a
     * Wilson interval on Kish's effective sample size (sum of weights squared over sum of squared weights), so that
     * uneven weights widen it. Counts are of respondents, unweighted. The group is {@code label}.
     */
    public static List<Share> weighted(List<String> answers, double[] weights, String label, double confidence) {
        if (answers.size() != weights.length) {
            throw new IllegalArgumentException("one weight per answer");
        }
        Map<String, double[]> sums = new TreeMap<>();
        double total = 0;
        double squares = 0;
        int used = 0;
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] > 0) {
                String a = answers.get(i) == null || answers.get(i).isBlank() ? "no answer" : answers.get(i).trim();
                double[] s = sums.computeIfAbsent(a, k -> new double[2]);
                s[0] += weights[i];
                s[1]++;
                total += weights[i];
                squares += weights[i] * weights[i];
                used++;
            }
        }
        List<Share> out = new ArrayList<>();
        double effective = squares > 0 ? total * total / squares : 0;
        for (Map.Entry<String, double[]> e : sums.entrySet()) {
            double share = e.getValue()[0] / total;
            double[] ci = wilson(share, effective, confidence);
            out.add(new Share(label, e.getKey(), (int) e.getValue()[1], used, share, ci[0], ci[1]));
        }
        return out;
    }

    /**
     * Every answer's share in every group (and "all", everyone; a group the data names "all" is shown quoted), answers and groups in sorted order; blank answers count as
     * "no answer" and are kept in the totals.
     */
    public static List<Share> of(List<String> answers, List<String> groups, double confidence) {
        if (answers.size() != groups.size()) {
            throw new IllegalArgumentException("one group per answer");
        }
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        for (int i = 0; i < answers.size(); i++) {
            String a = answers.get(i) == null || answers.get(i).isBlank() ? "no answer" : answers.get(i).trim();
            String g = groups.get(i) == null || groups.get(i).isBlank() ? "unknown" : groups.get(i).trim();
            g = g.equals("all") ? "\"all\"" : g; // a group the data calls "all" is not everyone
            counts.computeIfAbsent("all", k -> new TreeMap<>()).merge(a, 1, Integer::sum);
            counts.computeIfAbsent(g, k -> new TreeMap<>()).merge(a, 1, Integer::sum);
        }
        List<Share> out = new ArrayList<>();
        List<String> order = new ArrayList<>(counts.keySet());
        order.remove("all");
        order.sort(String::compareTo);
        order.add(0, "all");
        for (String g : order) {
            Map<String, Integer> byAnswer = counts.get(g);
            int total = byAnswer.values().stream().mapToInt(Integer::intValue).sum();
            byAnswer.forEach((a, c) -> {
                double[] ci = wilson(c, total, confidence);
                out.add(new Share(g, a, c, total, (double) c / total, ci[0], ci[1]));
            });
        }
        return out;
    }
}
