package org.nhsblueprint.report;

/**
 * How the appraisal report writes a change: signed, with a true minus sign, to one decimal place ({@code "+3.2"},
 * {@code "\u22121.0"}, {@code "0.0"} when it rounds to nothing), and a before-and-after pair joined by an arrow.
 * Stateless, so thread-safe.
 */
final class AppraisalFigures {
    /** Joins a figure before and after an option. */
    static final String ARROW = " \u2192 ";

    private AppraisalFigures() {
    }

    /** A change in minutes, signed; an en dash when it does not apply (NaN). */
    static String change(double minutes) {
        if (!Double.isFinite(minutes)) {
            return Display.NOT_APPLICABLE;
        }
        String text = Display.minutes(Math.abs(minutes));
        if (text.equals("0.0")) {
            return text;
        }
        return (minutes < 0 ? "\u2212" : "+") + text;
    }

    /** {@code "before → after"}. */
    static String beforeAfter(String before, String after) {
        return before + ARROW + after;
    }
}
