package org.nhsblueprint.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A sequential colour scale for a choropleth: equal classes with round breaks (a step of 0.5, 1, 2, 2.5 or 5 times a
 * power of ten), at most {@link #MAX_CLASSES}, shaded light yellow (short) to dark blue (long) with the ColorBrewer
 * YlGnBu palettes (Cynthia Brewer, colorbrewer2.org, Apache 2.0 licence). Immutable and thread-safe.
 *
 * @param breaks the class limits, ascending: class {@code i} holds values in {@code [breaks[i], breaks[i+1])}, the
 *               last class including its upper limit
 */
record ColourScale(List<Double> breaks, List<String> colours) {
    static final int MAX_CLASSES = 7;
    /** Fill for an area with no figure. */
    static final String NO_DATA = "#d8dde0";

    /** ColorBrewer YlGnBu with 1 to 7 classes (1 and 2 taken from the 3-class scheme). */
    private static final List<List<String>> PALETTES = List.of(
            List.of("#7fcdbb"),
            List.of("#edf8b1", "#2c7fb8"),
            List.of("#edf8b1", "#7fcdbb", "#2c7fb8"),
            List.of("#ffffcc", "#a1dab4", "#41b6c4", "#225ea8"),
            List.of("#ffffcc", "#a1dab4", "#41b6c4", "#2c7fb8", "#253494"),
            List.of("#ffffcc", "#c7e9b4", "#7fcdbb", "#41b6c4", "#2c7fb8", "#253494"),
            List.of("#ffffcc", "#c7e9b4", "#7fcdbb", "#41b6c4", "#1d91c0", "#225ea8", "#0c2c84"));
    private static final double[] NICE = {1, 2, 2.5, 5};

    ColourScale {
        breaks = List.copyOf(breaks);
        colours = List.copyOf(colours);
        if (breaks.size() != colours.size() + 1) {
            throw new IllegalArgumentException(colours.size() + " colours need " + (colours.size() + 1)
                    + " breaks, got " + breaks);
        }
    }

    /**
     * A scale covering the finite values; with none, a single class from 0 to 1.
     *
     * @throws IllegalArgumentException if a value is negative
     */
    static ColourScale of(double[] values) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (v < 0) {
                throw new IllegalArgumentException("colour scale value " + v + " is negative");
            }
            if (Double.isFinite(v)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        if (min > max) {
            min = 0;
            max = 1;
        }
        double step = step(min, max);
        long first = (long) Math.floor(min / step);
        int classes = (int) Math.max(1, Math.ceil(max / step) - first);
        List<Double> breaks = new ArrayList<>();
        for (int i = 0; i <= classes; i++) {
            breaks.add((first + i) * step);
        }
        return new ColourScale(breaks, PALETTES.get(classes - 1));
    }

    /** The smallest round step that covers {@code [min, max]} in at most {@link #MAX_CLASSES} classes. */
    private static double step(double min, double max) {
        for (int exponent = -1; ; exponent++) {
            for (double n : NICE) {
                double step = n * Math.pow(10, exponent);
                if (step >= 0.5 && Math.ceil(max / step) - Math.floor(min / step) <= MAX_CLASSES) {
                    return step;
                }
            }
        }
    }

    String colour(double value) {
        if (!Double.isFinite(value)) {
            return NO_DATA;
        }
        for (int i = colours.size() - 1; i > 0; i--) {
            if (value >= breaks.get(i)) {
                return colours.get(i);
            }
        }
        return colours.get(0);
    }

    /** The label of class {@code i}, e.g. {@code "10–15"}. */
    String label(int i) {
        return Display.plain(breaks.get(i)) + "\u2013" + Display.plain(breaks.get(i + 1));
    }
}
