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
        double z = new NormalDistribution(0, 1).inverseCumulativeProbability(1 - (1 - confidence) / 2);
        double p = (double) count / total;
        double d = 1 + z * z / total;
        double centre = (p + z * z / (2.0 * total)) / d;
        double half = z * Math.sqrt(p * (1 - p) / total + z * z / (4.0 * total * total)) / d;
        return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
    }

    /**
     * Every answer's share in every group (and "all"), answers and groups in sorted order; blank answers count as
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
