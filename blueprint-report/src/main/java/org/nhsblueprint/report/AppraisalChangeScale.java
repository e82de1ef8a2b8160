package org.nhsblueprint.report;

import java.util.List;

/**
 * A diverging colour scale for a change in minutes: longer journeys red, shorter blue, no change a neutral grey, in
 * equal classes of a round {@code step} (0.5, 1, 2, 2.5 or 5 times a power of ten) either side of zero, at most
 * {@link #MAX_PER_SIDE} a side, with the ColorBrewer RdBu palettes (Cynthia Brewer, colorbrewer2.org, Apache 2.0
 * licence). Only a change of exactly zero is "no change": the smallest change, either way, is in the first class.
 * Immutable and thread-safe.
 *
 * @param step         the width of each class in minutes
 * @param classesASide how many classes each side of zero (the same both sides, so that equal colours mean equal change)
 */
record AppraisalChangeScale(double step, int classesASide) {
    static final int MAX_PER_SIDE = 4;
    /** Fill for no change; a light grey rather than RdBu's near-white, so that unchanged boroughs still show. */
    static final String NO_CHANGE = "#e4e6e7";
    /** RdBu's red halves, lightest first, for 1 to 4 classes (from the 3-, 5-, 7- and 9-class schemes). */
    private static final List<List<String>> LONGER = List.of(
            List.of("#ef8a62"),
            List.of("#f4a582", "#ca0020"),
            List.of("#fddbc7", "#ef8a62", "#b2182b"),
            List.of("#fddbc7", "#f4a582", "#d6604d", "#b2182b"));
    /** RdBu's blue halves, lightest first. */
    private static final List<List<String>> SHORTER = List.of(
            List.of("#67a9cf"),
            List.of("#92c5de", "#0571b0"),
            List.of("#d1e5f0", "#67a9cf", "#2166ac"),
            List.of("#d1e5f0", "#92c5de", "#4393c3", "#2166ac"));
    private static final double[] NICE = {1, 2, 2.5, 5};

    AppraisalChangeScale {
        if (!(step > 0) || classesASide < 1 || classesASide > MAX_PER_SIDE) {
            throw new IllegalArgumentException("change scale of " + classesASide + " classes a side of " + step
                    + " minutes");
        }
    }

    /** The scale that covers the largest finite change either way; with no change at all, one class of 0.5 min. */
    static AppraisalChangeScale of(double[] changes) {
        double largest = 0;
        for (double c : changes) {
            if (Double.isFinite(c)) {
                largest = Math.max(largest, Math.abs(c));
            }
        }
        for (int exponent = -1; ; exponent++) {
            for (double n : NICE) {
                double step = n * Math.pow(10, exponent);
                int classes = (int) Math.max(1, Math.ceil(largest / step));
                if (step >= 0.5 && classes <= MAX_PER_SIDE) {
                    return new AppraisalChangeScale(step, classes);
                }
            }
        }
    }

    /** The class of a change: 0 for none, {@code +k} for the k-th class longer, {@code -k} shorter. */
    int classOf(double change) {
        if (change == 0) {
            return 0;
        }
        int k = (int) Math.min(classesASide, Math.max(1, Math.ceil(Math.abs(change) / step)));
        return change > 0 ? k : -k;
    }

    String colour(double change) {
        if (!Double.isFinite(change)) {
            return ColourScale.NO_DATA;
        }
        return classColour(classOf(change));
    }

    /** The colour of class {@code k} (see {@link #classOf(double)}). */
    String classColour(int k) {
        if (k == 0) {
            return NO_CHANGE;
        }
        return (k > 0 ? LONGER : SHORTER).get(classesASide - 1).get(Math.abs(k) - 1);
    }

    /** The legend label of class {@code k}, e.g. {@code "up to 2 min longer"}, {@code "2–4 min shorter"}. */
    String label(int k) {
        if (k == 0) {
            return "no change";
        }
        int i = Math.abs(k);
        String way = k > 0 ? " min longer" : " min shorter";
        String upper = Display.plain(Math.round(i * step * 10) / 10.0);
        if (i == 1) {
            return "up to " + upper + way;
        }
        String lower = Display.plain(Math.round((i - 1) * step * 10) / 10.0);
        return i == classesASide ? "over " + lower + way : lower + "\u2013" + upper + way;
    }
}
