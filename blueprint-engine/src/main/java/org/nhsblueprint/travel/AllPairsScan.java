package org.nhsblueprint.travel;

/**
 * The reference {@link PointIndex}: every query looks at every point. O(n) per query; used to check
 * {@link KdTreeIndex} and as the benchmark baseline. Immutable and thread-safe.
 */
public final class AllPairsScan implements PointIndex {
    private final double[] xyz;

    /** An index over points on the sphere. */
    public static AllPairsScan of(java.util.List<org.nhsblueprint.model.GeoPoint> points) {
        return new AllPairsScan(UnitVectors.of(points));
    }

    /** @param xyz unit vectors packed x, y, z (copied) */
    public AllPairsScan(double[] xyz) {
        this.xyz = xyz.clone();
    }

    @Override
    public int size() {
        return xyz.length / 3;
    }

    @Override
    public int nearest(double x, double y, double z, int[] outIndex, double[] outChordSquared) {
        int found = 0;
        int k = outIndex.length;
        for (int i = 0; i < size(); i++) {
            double d = chordSquared(i, x, y, z);
            found = NearestList.offer(outIndex, outChordSquared, found, k, i, d);
        }
        return found;
    }

    @Override
    public int countWithin(double x, double y, double z, double chordSquared) {
        int count = 0;
        for (int i = 0; i < size(); i++) {
            if (chordSquared(i, x, y, z) <= chordSquared) {
                count++;
            }
        }
        return count;
    }

    private double chordSquared(int i, double x, double y, double z) {
        double dx = xyz[3 * i] - x;
        double dy = xyz[3 * i + 1] - y;
        double dz = xyz[3 * i + 2] - z;
        return dx * dx + dy * dy + dz * dz;
    }
}
