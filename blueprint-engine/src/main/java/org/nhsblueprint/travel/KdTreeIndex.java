package org.nhsblueprint.travel;

/**
 * A k-d tree over unit vectors: O(log n) nearest-point and radius queries for the sets Blueprint indexes (sites, up to
 * tens of thousands). The tree is implicit: the points are reordered so that each range {@code [lo, hi)} splits at
 * its middle element on the axis of widest spread, with no node objects. Each node also keeps the bounding box of its
 * range, so a radius count adds a whole subtree at once when the box lies inside the radius and skips it when the box
 * lies outside: counting stays fast for large radii (a 60-minute drive over England). Both box tests are exact in
 * floating point (subtraction, squaring and addition are monotone), so answers equal {@link AllPairsScan}'s.
 * Immutable and thread-safe once built.
 */
public final class KdTreeIndex implements PointIndex {
    /** Ranges this small are scanned point by point: cheaper than more box tests. */
    private static final int LEAF = 12;

    private final double[] xyz;
    private final int[] ids;
    private final byte[] axis;
    /** Per node (indexed by its middle element): min x, y, z then max x, y, z of the node's range. */
    private final double[] box;

    /** An index over points on the sphere. */
    public static KdTreeIndex of(java.util.List<org.nhsblueprint.model.GeoPoint> points) {
        return new KdTreeIndex(UnitVectors.of(points));
    }

    /** @param unitVectors unit vectors packed x, y, z (not modified) */
    public KdTreeIndex(double[] unitVectors) {
        int n = unitVectors.length / 3;
        this.xyz = unitVectors.clone();
        this.ids = new int[n];
        for (int i = 0; i < n; i++) {
            ids[i] = i;
        }
        this.axis = new byte[n];
        this.box = new double[6 * n];
        build(0, n);
    }

    @Override
    public int size() {
        return ids.length;
    }

    private void build(int lo, int hi) {
        if (hi - lo < 1) {
            return;
        }
        int mid = (lo + hi) >>> 1;
        int a = widestAxis(lo, hi);
        if (hi - lo == 1) {
            return;
        }
        select(lo, hi - 1, mid, a);
        axis[mid] = (byte) a;
        build(lo, mid);
        build(mid + 1, hi);
    }

    /** Records the range's bounding box at its middle element and returns the axis of widest spread. */
    private int widestAxis(int lo, int hi) {
        int mid = (lo + hi) >>> 1;
        int best = 0;
        double bestSpread = -1;
        for (int a = 0; a < 3; a++) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (int i = lo; i < hi; i++) {
                double v = xyz[3 * i + a];
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
            box[6 * mid + a] = min;
            box[6 * mid + 3 + a] = max;
            if (max - min > bestSpread) {
                bestSpread = max - min;
                best = a;
            }
        }
        return best;
    }

    /** Hoare quickselect: afterwards element k holds the value it would have if [left, right] were sorted on axis a. */
    private void select(int left, int right, int k, int a) {
        while (right > left) {
            double pivot = xyz[3 * ((left + right) >>> 1) + a];
            int i = left;
            int j = right;
            while (i <= j) {
                while (xyz[3 * i + a] < pivot) {
                    i++;
                }
                while (xyz[3 * j + a] > pivot) {
                    j--;
                }
                if (i <= j) {
                    swap(i, j);
                    i++;
                    j--;
                }
            }
            if (k <= j) {
                right = j;
            } else if (k >= i) {
                left = i;
            } else {
                return;
            }
        }
    }

    private void swap(int i, int j) {
        for (int a = 0; a < 3; a++) {
            double t = xyz[3 * i + a];
            xyz[3 * i + a] = xyz[3 * j + a];
            xyz[3 * j + a] = t;
        }
        int t = ids[i];
        ids[i] = ids[j];
        ids[j] = t;
    }

    /** The index of the point nearest {@code p} by great-circle distance (-1 if the index is empty). */
    public int nearest(org.nhsblueprint.model.GeoPoint p) {
        double[] v = new double[3];
        UnitVectors.put(p, v, 0);
        int[] index = {-1};
        nearest(v[0], v[1], v[2], index, new double[1]);
        return index[0];
    }

    @Override
    public int nearest(double x, double y, double z, int[] outIndex, double[] outChordSquared) {
        Search search = new Search(x, y, z, outIndex, outChordSquared);
        search.visit(0, ids.length);
        return search.found;
    }

    @Override
    public int countWithin(double x, double y, double z, double chordSquared) {
        return count(0, ids.length, x, y, z, chordSquared);
    }

    private int count(int lo, int hi, double x, double y, double z, double r2) {
        if (hi - lo <= LEAF) {
            int n = 0;
            for (int i = lo; i < hi; i++) {
                if (distance(i, x, y, z) <= r2) {
                    n++;
                }
            }
            return n;
        }
        int mid = (lo + hi) >>> 1;
        if (boxDistance(mid, x, y, z, false) > r2) {
            return 0;
        }
        if (boxDistance(mid, x, y, z, true) <= r2) {
            return hi - lo;
        }
        int self = distance(mid, x, y, z) <= r2 ? 1 : 0;
        return self + count(lo, mid, x, y, z, r2) + count(mid + 1, hi, x, y, z, r2);
    }

    /** Squared distance from the query to the nearest ({@code far = false}) or farthest corner of a node's box. */
    private double boxDistance(int node, double x, double y, double z, boolean far) {
        int b = 6 * node;
        double dx = far ? farSide(x, box[b], box[b + 3]) : nearSide(x, box[b], box[b + 3]);
        double dy = far ? farSide(y, box[b + 1], box[b + 4]) : nearSide(y, box[b + 1], box[b + 4]);
        double dz = far ? farSide(z, box[b + 2], box[b + 5]) : nearSide(z, box[b + 2], box[b + 5]);
        return dx * dx + dy * dy + dz * dz;
    }

    private static double nearSide(double q, double min, double max) {
        return q < min ? min - q : q > max ? q - max : 0;
    }

    private static double farSide(double q, double min, double max) {
        return Math.max(q - min, max - q);
    }

    private double distance(int i, double x, double y, double z) {
        double dx = xyz[3 * i] - x;
        double dy = xyz[3 * i + 1] - y;
        double dz = xyz[3 * i + 2] - z;
        return dx * dx + dy * dy + dz * dz;
    }

    /** One nearest-neighbour query's state; lives for one call. */
    private final class Search {
        private final double x;
        private final double y;
        private final double z;
        private final int[] index;
        private final double[] dist;
        private final int k;
        private int found;

        Search(double x, double y, double z, int[] index, double[] dist) {
            this.x = x;
            this.y = y;
            this.z = z;
            this.index = index;
            this.dist = dist;
            this.k = index.length;
        }

        void visit(int lo, int hi) {
            if (lo >= hi || k == 0) {
                return;
            }
            if (hi - lo <= LEAF) {
                for (int i = lo; i < hi; i++) {
                    found = NearestList.offer(index, dist, found, k, ids[i], distance(i, x, y, z));
                }
                return;
            }
            int mid = (lo + hi) >>> 1;
            found = NearestList.offer(index, dist, found, k, ids[mid], distance(mid, x, y, z));
            if (hi - lo == 1) {
                return;
            }
            int a = axis[mid];
            double diff = (a == 0 ? x : a == 1 ? y : z) - xyz[3 * mid + a];
            boolean leftFirst = diff < 0;
            visit(leftFirst ? lo : mid + 1, leftFirst ? mid : hi);
            // '<=' keeps equally distant points in play so ties resolve by index, as in AllPairsScan
            if (found < k || diff * diff <= dist[k - 1]) {
                visit(leftFirst ? mid + 1 : lo, leftFirst ? hi : mid);
            }
        }
    }
}
