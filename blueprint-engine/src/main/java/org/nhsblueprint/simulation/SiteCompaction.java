package org.nhsblueprint.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nhsblueprint.model.Site;
import org.nhsblueprint.model.SiteCode;

/** Drops the sites no activity reaches from a {@link SimulationPlan}'s tables while it is worked out. Stateless. */
final class SiteCompaction {
    private SiteCompaction() {
    }

    /**
     * Keeps only the sites some activity reaches or could reach (hospitals with activity, receiving sites), so that
     * an iteration's cost follows the sites that matter, not every practice in the dataset; returns the receiving
     * sites' new indices. Rewrites the rows of {@code base}, {@code receiving} and {@code delta} and the site list and
     * index in place.
     */
    static int[] apply(List<Site> sites, Map<SiteCode, Integer> siteIndex, double[][] base, double[][] receiving,
                       double[][] delta, Set<Integer> receivers) {
        int n = sites.size();
        boolean[] keep = new boolean[n];
        for (int j = 0; j < n; j++) {
            keep[j] = receivers.contains(j);
            for (double[] row : base) {
                keep[j] |= row[j] != 0;
            }
            for (double[] row : receiving) {
                keep[j] |= row[j] != 0;
            }
        }
        int[] newIndex = new int[n];
        List<Site> kept = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            newIndex[j] = keep[j] ? kept.size() : -1;
            if (keep[j]) {
                kept.add(sites.get(j));
            }
        }
        for (int a = 0; a < base.length; a++) {
            base[a] = squeeze(base[a], keep, kept.size());
        }
        for (int k = 0; k < receiving.length; k++) {
            receiving[k] = squeeze(receiving[k], keep, kept.size());
            delta[k] = squeeze(delta[k], keep, kept.size());
        }
        sites.clear();
        sites.addAll(kept);
        siteIndex.clear();
        for (int j = 0; j < kept.size(); j++) {
            siteIndex.put(kept.get(j).code(), j);
        }
        return receivers.stream().mapToInt(j -> newIndex[j]).toArray();
    }

    private static double[] squeeze(double[] row, boolean[] keep, int size) {
        double[] out = new double[size];
        int i = 0;
        for (int j = 0; j < row.length; j++) {
            if (keep[j]) {
                out[i++] = row[j];
            }
        }
        return out;
    }
}
