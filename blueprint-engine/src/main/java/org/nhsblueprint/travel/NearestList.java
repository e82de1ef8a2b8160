package org.nhsblueprint.travel;

/** A bounded list of the k best (distance, index) pairs kept sorted by insertion; k is small (1-10). */
final class NearestList {
    private NearestList() {
    }

    /**
     * Offers a candidate to a sorted list holding {@code found} entries of capacity {@code k}; returns the new size.
     * Ordering is by distance, then by lower index.
     */
    static int offer(int[] index, double[] dist, int found, int k, int candidate, double d) {
        if (found == k && !before(d, candidate, dist[k - 1], index[k - 1])) {
            return found;
        }
        int pos = found < k ? found : k - 1;
        while (pos > 0 && before(d, candidate, dist[pos - 1], index[pos - 1])) {
            index[pos] = index[pos - 1];
            dist[pos] = dist[pos - 1];
            pos--;
        }
        index[pos] = candidate;
        dist[pos] = d;
        return found < k ? found + 1 : k;
    }

    private static boolean before(double d1, int i1, double d2, int i2) {
        return d1 < d2 || (d1 == d2 && i1 < i2);
    }
}
