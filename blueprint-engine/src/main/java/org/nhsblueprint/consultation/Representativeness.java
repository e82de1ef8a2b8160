package org.nhsblueprint.consultation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Who responded against who lives there: respondents' shares by category of one dimension (age, deprivation, borough)
 * beside the population's, and raking weights (iterative proportional fitting, Deming and Stephan 1940) that make
 * the respondents' margins match the population's on every dimension at once. A reweighted figure is a model
 * estimate under the assumption that, within each cell, respondents speak for non-respondents; it is labelled as
 * such wherever it is shown. Stateless.
 */
public final class Representativeness {
    private Representativeness() {
    }

    /** One category: respondents in it (of those whose category is known) and the population's share. */
    public record Row(String dimension, String category, int respondents, double respondentShare,
                      double populationShare) {
        /** Respondent share over population share: above 1 means over-represented. */
        public double ratio() {
            return populationShare > 0 ? respondentShare / populationShare : Double.NaN;
        }
    }

    /**
     * Respondents' profile on one dimension. Blank categories are unknown and left out of the shares; categories only
     * respondents name are shown with a population share of 0.
     */
    public static List<Row> profile(String dimension, List<String> categories, Map<String, Double> population) {
        Map<String, Integer> counts = new TreeMap<>();
        population.keySet().forEach(c -> counts.put(c, 0));
        int known = 0;
        for (String c : categories) {
            if (c != null && !c.isBlank()) {
                counts.merge(c, 1, Integer::sum);
                known++;
            }
        }
        List<Row> out = new ArrayList<>();
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            out.add(new Row(dimension, e.getKey(), e.getValue(), known == 0 ? 0 : (double) e.getValue() / known,
                    population.getOrDefault(e.getKey(), 0.0)));
        }
        return out;
    }

    /** Raking weights and how well they fit. */
    public record Weights(double[] weights, int used, int iterations, double largestMarginError, double effectiveSize) {
    }

    /**
     * Raking weights, averaging 1 over the respondents used. A respondent with an unknown category on any dimension,
     * or a category the population lacks, gets weight 0 (not used). A population category no respondent is in cannot
     * be represented: the other categories' shares are scaled up to fill it. Weights are capped at {@code cap} times the mean
     * and the fit repeated, so that a handful of respondents cannot stand for a whole borough.
     *
     * @param categories per dimension, each respondent's category
     * @param population per dimension, the population's share by category (summing to 1)
     */
    public static Weights rake(List<List<String>> categories, List<Map<String, Double>> population, double cap,
                               int maxIterations) {
        if (categories.size() != population.size() || categories.isEmpty()) {
            throw new IllegalArgumentException("one population margin per dimension, at least one dimension");
        }
        int n = categories.get(0).size();
        double[] w = new double[n];
        int used = 0;
        for (int i = 0; i < n; i++) {
            boolean ok = true;
            for (int d = 0; d < categories.size(); d++) {
                String c = categories.get(d).get(i);
                ok &= c != null && population.get(d).getOrDefault(c, 0.0) > 0;
            }
            w[i] = ok ? 1 : 0;
            used += ok ? 1 : 0;
        }
        if (used == 0) {
            return new Weights(w, 0, 0, Double.NaN, 0);
        }
        int iteration = 0;
        double error = Double.MAX_VALUE;
        while (iteration < maxIterations && error > 1e-9) {
            iteration++;
            for (int d = 0; d < categories.size(); d++) {
                Map<String, Double> sum = new HashMap<>();
                double total = 0;
                for (int i = 0; i < n; i++) {
                    if (w[i] > 0) {
                        sum.merge(categories.get(d).get(i), w[i], Double::sum);
                        total += w[i];
                    }
                }
                Map<String, Double> known = population.get(d);
                double covered = sum.keySet().stream().mapToDouble(c -> known.getOrDefault(c, 0.0)).sum();
                for (int i = 0; i < n; i++) {
                    if (w[i] > 0) {
                        String c = categories.get(d).get(i);
                        w[i] *= known.get(c) / covered * total / sum.get(c);
                    }
                }
            }
            double mean = 0;
            for (double x : w) {
                mean += x;
            }
            mean /= used;
            for (int i = 0; i < n; i++) {
                w[i] = Math.min(w[i] / mean, cap);
            }
            error = marginError(categories, population, w);
        }
        double s = 0;
        double s2 = 0;
        for (double x : w) {
            s += x;
            s2 += x * x;
        }
        return new Weights(w, used, iteration, error, s * s / s2);
    }

    /** The largest gap, over every category of every dimension, between weighted and population shares. */
    static double marginError(List<List<String>> categories, List<Map<String, Double>> population, double[] w) {
        double worst = 0;
        for (int d = 0; d < categories.size(); d++) {
            Map<String, Double> sum = new HashMap<>();
            double total = 0;
            for (int i = 0; i < w.length; i++) {
                if (w[i] > 0) {
                    sum.merge(categories.get(d).get(i), w[i], Double::sum);
                    total += w[i];
                }
            }
            Map<String, Double> known = population.get(d);
            double covered = sum.keySet().stream().mapToDouble(c -> known.getOrDefault(c, 0.0)).sum();
            for (Map.Entry<String, Double> e : sum.entrySet()) {
                worst = Math.max(worst, Math.abs(e.getValue() / total - known.get(e.getKey()) / covered));
            }
        }
        return worst;
    }
}
