package org.nhsblueprint.simulation;

import java.util.Objects;

/**
 * One result of a Monte Carlo run: its distribution over the iterations (a {@link QuantileSketch}) and its exact
 * mean. Immutable once the run has finished.
 *
 * @param mean the mean over iterations, summed in iteration-chunk order (so the same on any number of threads); for
 *             an {@link Kind#INDICATOR} it is the probability of the event
 */
public record Metric(Definition definition, QuantileSketch sketch, double mean) {

    /** What kind of quantity a metric is. */
    public enum Kind {
        /** A quantity: read its quantiles. */
        VALUE,
        /** 1 when an event happens in an iteration, else 0: read its mean, the probability. */
        INDICATOR
    }

    /** A metric's name (dotted, e.g. {@code finance.npv}), label for people, unit and kind. */
    public record Definition(String name, String label, String unit, Kind kind) {
        public Definition {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(kind, "kind");
        }
    }

    public String name() {
        return definition.name();
    }

    public double p10() {
        return sketch.quantile(0.1);
    }

    public double p50() {
        return sketch.quantile(0.5);
    }

    public double p90() {
        return sketch.quantile(0.9);
    }

    /** The probability the metric is at or below {@code x} (to the sketch's relative accuracy). */
    public double chanceAtOrBelow(double x) {
        return sketch.shareAtOrBelow(x);
    }
}
