package org.nhsblueprint.optimise;

import java.util.Arrays;
import java.util.Objects;

/**
 * A facility-location problem: customers with weights (people), candidate sites, the cost (minutes or distance) from
 * every candidate to every customer, how many sites to open, and the constraints planners ask for: sites that must
 * stay open, sites that may not be used, a capacity per site with a demand per customer (each customer served by one
 * site), a minimum volume per open site, and a time standard for the covering models. Immutable (arrays are copied in
 * and never handed out).
 */
public final class LocationProblem {
    private final String name;
    private final double[] weight;
    private final float[][] cost;
    private final int p;
    private final boolean[] fixed;
    private final boolean[] forbidden;
    private final double[] demand;
    private final double[] capacity;
    private final double minVolume;
    private final double standard;

    private LocationProblem(String name, double[] weight, float[][] cost, int p, boolean[] fixed, boolean[] forbidden,
                            double[] demand, double[] capacity, double minVolume, double standard) {
        this.name = Objects.requireNonNull(name, "name");
        this.weight = weight;
        this.cost = cost;
        this.p = p;
        this.fixed = fixed;
        this.forbidden = forbidden;
        this.demand = demand;
        this.capacity = capacity;
        this.minVolume = minVolume;
        this.standard = standard;
        int n = weight.length;
        int m = cost.length;
        if (n == 0 || m == 0) {
            throw new IllegalArgumentException(name + ": needs at least one customer and one candidate");
        }
        for (float[] row : cost) {
            if (row.length != n) {
                throw new IllegalArgumentException(name + ": every candidate needs a cost to each of " + n
                        + " customers");
            }
        }
        int fixedCount = 0;
        int usable = 0;
        for (int j = 0; j < m; j++) {
            if (fixed[j] && forbidden[j]) {
                throw new IllegalArgumentException(name + ": candidate " + j + " is both fixed open and forbidden");
            }
            fixedCount += fixed[j] ? 1 : 0;
            usable += forbidden[j] ? 0 : 1;
        }
        if (p < 1 || p > usable || p < fixedCount) {
            throw new IllegalArgumentException(name + ": cannot open " + p + " sites (" + usable + " may be used, "
                    + fixedCount + " must stay open)");
        }
    }

    /** An uncapacitated problem: open {@code p} of the candidates, no constraints yet. */
    public static LocationProblem of(String name, double[] weight, float[][] cost, int p) {
        int m = cost.length;
        return new LocationProblem(name, weight.clone(), deepCopy(cost), p, new boolean[m], new boolean[m], null,
                null, Double.NaN, Double.NaN);
    }

    public LocationProblem withP(int newP) {
        return new LocationProblem(name, weight, cost, newP, fixed, forbidden, demand, capacity, minVolume, standard);
    }

    /** The same problem with these candidates kept open. */
    public LocationProblem withFixed(int... candidates) {
        boolean[] f = fixed.clone();
        for (int j : candidates) {
            f[j] = true;
        }
        return new LocationProblem(name, weight, cost, p, f, forbidden, demand, capacity, minVolume, standard);
    }

    /** The same problem with these candidates never opened. */
    public LocationProblem withForbidden(int... candidates) {
        boolean[] f = forbidden.clone();
        for (int j : candidates) {
            f[j] = true;
        }
        return new LocationProblem(name, weight, cost, p, fixed, f, demand, capacity, minVolume, standard);
    }

    /** The same problem with a demand per customer and a capacity per candidate (single sourcing). */
    public LocationProblem withCapacities(double[] customerDemand, double[] siteCapacity) {
        if (customerDemand.length != weight.length || siteCapacity.length != cost.length) {
            throw new IllegalArgumentException(name + ": a demand per customer and a capacity per candidate");
        }
        return new LocationProblem(name, weight, cost, p, fixed, forbidden, customerDemand.clone(),
                siteCapacity.clone(), minVolume, standard);
    }

    /** The same problem where every open site must see at least {@code min} of the weight (its volume). */
    public LocationProblem withMinVolume(double min) {
        return new LocationProblem(name, weight, cost, p, fixed, forbidden, demand, capacity, min, standard);
    }

    /** The same problem with a time standard for the covering models (covered: cost at most the standard). */
    public LocationProblem withStandard(double minutes) {
        return new LocationProblem(name, weight, cost, p, fixed, forbidden, demand, capacity, minVolume, minutes);
    }

    public String name() {
        return name;
    }

    public int customers() {
        return weight.length;
    }

    public int candidates() {
        return cost.length;
    }

    public int p() {
        return p;
    }

    public double weight(int customer) {
        return weight[customer];
    }

    public double totalWeight() {
        return Arrays.stream(weight).sum();
    }

    public float cost(int candidate, int customer) {
        return cost[candidate][customer];
    }

    /** The candidate's row of costs (read only: do not change it). */
    float[] row(int candidate) {
        return cost[candidate];
    }

    public boolean fixed(int candidate) {
        return fixed[candidate];
    }

    public boolean forbidden(int candidate) {
        return forbidden[candidate];
    }

    public boolean capacitated() {
        return capacity != null;
    }

    public double demand(int customer) {
        return demand == null ? weight[customer] : demand[customer];
    }

    public double capacity(int candidate) {
        return capacity == null ? Double.POSITIVE_INFINITY : capacity[candidate];
    }

    /** NaN when there is no minimum. */
    public double minVolume() {
        return minVolume;
    }

    /** NaN when there is no standard. */
    public double standard() {
        return standard;
    }

    private static float[][] deepCopy(float[][] a) {
        float[][] out = new float[a.length][];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i].clone();
        }
        return out;
    }
}
