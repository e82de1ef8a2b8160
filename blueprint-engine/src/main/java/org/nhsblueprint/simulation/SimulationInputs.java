package org.nhsblueprint.simulation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nhsblueprint.model.SimulationSpec;
import org.nhsblueprint.model.Uncertain;

/**
 * The uncertain inputs a simulation draws each iteration, in draw order: each with its name, distribution and
 * source, looked up by name, and the correlation matrix the spec's pairs give them. Filled once while a
 * {@link SimulationPlan} is worked out, then only read.
 */
final class SimulationInputs {
    private final List<String> names = new ArrayList<>();
    private final List<Uncertain> values = new ArrayList<>();
    private final List<String> sources = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();

    /** @throws IllegalArgumentException if the name is taken */
    void add(String name, Uncertain value, String source) {
        if (index.put(name, values.size()) != null) {
            throw new IllegalArgumentException("the input '" + name + "' is named twice");
        }
        names.add(name);
        values.add(value);
        sources.add(source);
    }

    boolean has(String name) {
        return index.containsKey(name);
    }

    /** The named input's value in one iteration's draws {@code p}, or {@code otherwise} when there is no such input. */
    double in(double[] p, String name, double otherwise) {
        Integer i = index.get(name);
        return i == null ? otherwise : p[i];
    }

    List<String> names() {
        return List.copyOf(names);
    }

    List<Uncertain> values() {
        return List.copyOf(values);
    }

    List<String> sources() {
        return List.copyOf(sources);
    }

    /**
     * The correlation matrix over the inputs from the pairs, or null if there are none.
     *
     * @throws IllegalArgumentException if a pair names an unknown input or one input twice
     */
    double[][] correlation(List<SimulationSpec.Correlation> pairs) {
        if (pairs.isEmpty()) {
            return null;
        }
        int n = values.size();
        double[][] c = new double[n][n];
        for (int i = 0; i < n; i++) {
            c[i][i] = 1;
        }
        for (SimulationSpec.Correlation pair : pairs) {
            Integer i = index.get(pair.first());
            Integer j = index.get(pair.second());
            if (i == null || j == null || i.equals(j)) {
                throw new IllegalArgumentException("correlation " + pair.first() + " ~ " + pair.second()
                        + ": both must be different inputs (" + names + ")");
            }
            c[i][j] = pair.rho();
            c[j][i] = pair.rho();
        }
        return c;
    }
}
