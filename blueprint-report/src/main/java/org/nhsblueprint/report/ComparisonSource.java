package org.nhsblueprint.report;

import org.nhsblueprint.access.AccessResult;
import org.nhsblueprint.model.RegionModel;

/**
 * The line under each figure of the comparison report saying where its data came from: the dataset (by name, with its
 * vintage) and how the journey times were obtained, in the first sentence of the travel-times method (the whole of it
 * is in the "Method" section). Stateless, so thread-safe.
 */
final class ComparisonSource {
    private ComparisonSource() {
    }

    static void render(Html h, RegionModel baseline, AccessResult r) {
        h.element("p class=\"note source\"", "Source: the " + baseline.name() + " dataset"
                + (baseline.vintage().isEmpty() ? "" : " (" + baseline.vintage() + ")") + ". Journey times: "
                + firstSentence(r.travelTimesMethod()) + " See Method.").newline();
    }

    /** Text up to and including the first full stop followed by a space, or all of it (ending in a full stop). */
    static String firstSentence(String text) {
        int end = text.indexOf(". ");
        String sentence = end < 0 ? text.strip() : text.substring(0, end + 1);
        return sentence.endsWith(".") ? sentence : sentence + ".";
    }
}
