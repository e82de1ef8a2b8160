package org.nhsblueprint.travel;

/**
 * Nearest-point and radius queries over a fixed set of points on the sphere. Distances are squared chord lengths
 * between unit vectors (see {@link UnitVectors}); ties are broken by the lower point index, so every implementation
 * returns the same answer.
 *
 * <p>Two implementations: {@link KdTreeIndex} (the one Blueprint uses) and {@link AllPairsScan} (the obvious
 * reference, kept for the differential test and the benchmark baseline). Both are immutable and thread-safe.
 */
public interface PointIndex {

    /** Number of indexed points. */
    int size();

    /**
     * Fills {@code outIndex} and {@code outChordSquared} with up to {@code outIndex.length} nearest points to the
     * query unit vector, nearest first; returns how many were found (fewer only when the index is smaller).
     */
    int nearest(double x, double y, double z, int[] outIndex, double[] outChordSquared);

    /** Number of points whose squared chord distance from the query is at most {@code chordSquared}. */
    int countWithin(double x, double y, double z, double chordSquared);
}
