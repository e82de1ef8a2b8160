package org.nhsblueprint.travel;

import java.util.Arrays;

/**
 * What each origin can reach: its nearest destinations by time (rank 0 is the quickest) and the number of
 * destinations within a time limit, with any facts about how the times were obtained (for example pairs that fell
 * back to the estimate because a point lay outside the road network). Immutable; arrays are copied in and never
 * exposed.
 */
public final class Reach {
    private final int origins;
    private final int nearest;
    private final double withinMinutes;
    private final int[] destination;
    private final double[] minutes;
    private final int[] withinCount;
    private final java.util.List<String> notes;
    private final int[] estimatedOrigins;
    private final int[] estimatedDestinations;

    /**
     * @param destination origin-major table of destination indices, {@code origins * nearest} long; -1 where an
     *                    origin has fewer destinations than {@code nearest}
     * @param minutes     the matching journey times; {@link Double#NaN} where the destination is -1
     */
    public Reach(int origins, int nearest, double withinMinutes, int[] destination, double[] minutes,
                 int[] withinCount) {
        this(origins, nearest, withinMinutes, destination, minutes, withinCount, java.util.List.of());
    }

    /** @param notes facts a reader of the results should know about how these times were obtained */
    public Reach(int origins, int nearest, double withinMinutes, int[] destination, double[] minutes,
                 int[] withinCount, java.util.List<String> notes) {
        this(origins, nearest, withinMinutes, destination, minutes, withinCount, notes, new int[0], new int[0]);
    }

    /**
     * @param estimatedOrigins      origins the chosen method could not place (e.g. outside a road network), whose
     *                              times all came from a fallback; ascending indices
     * @param estimatedDestinations the same for destinations
     */
    public Reach(int origins, int nearest, double withinMinutes, int[] destination, double[] minutes,
                 int[] withinCount, java.util.List<String> notes, int[] estimatedOrigins,
                 int[] estimatedDestinations) {
        if (destination.length != origins * nearest || minutes.length != origins * nearest
                || withinCount.length != origins) {
            throw new IllegalArgumentException("reach table sizes do not match " + origins + " origins x "
                    + nearest + " nearest");
        }
        this.origins = origins;
        this.nearest = nearest;
        this.withinMinutes = withinMinutes;
        this.destination = destination.clone();
        this.minutes = minutes.clone();
        this.withinCount = withinCount.clone();
        this.notes = java.util.List.copyOf(notes);
        this.estimatedOrigins = estimatedOrigins.clone();
        this.estimatedDestinations = estimatedDestinations.clone();
    }

    /** Origins whose times all came from a fallback (ascending indices); empty for a plain estimate. */
    public int[] estimatedOrigins() {
        return estimatedOrigins.clone();
    }

    /** Destinations the chosen method could not place, reached by a fallback (ascending indices). */
    public int[] estimatedDestinations() {
        return estimatedDestinations.clone();
    }

    /** The same reach with other notes. */
    public Reach withNotes(java.util.List<String> otherNotes) {
        return new Reach(origins, nearest, withinMinutes, destination, minutes, withinCount, otherNotes,
                estimatedOrigins, estimatedDestinations);
    }

    /** Facts about how these times were obtained; empty for a plain estimate. */
    public java.util.List<String> notes() {
        return notes;
    }

    public int origins() {
        return origins;
    }

    public int nearest() {
        return nearest;
    }

    public double withinMinutes() {
        return withinMinutes;
    }

    /** Index of the destination of this rank for this origin, or -1 if there is none. */
    public int destination(int origin, int rank) {
        return destination[origin * nearest + rank];
    }

    /** Minutes to the destination of this rank, or NaN if there is none. */
    public double minutes(int origin, int rank) {
        return minutes[origin * nearest + rank];
    }

    public int withinCount(int origin) {
        return withinCount[origin];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Reach r && r.origins == origins && r.nearest == nearest
                && Double.compare(r.withinMinutes, withinMinutes) == 0
                && Arrays.equals(r.destination, destination) && Arrays.equals(r.minutes, minutes)
                && Arrays.equals(r.withinCount, withinCount) && r.notes.equals(notes)
                && Arrays.equals(r.estimatedOrigins, estimatedOrigins)
                && Arrays.equals(r.estimatedDestinations, estimatedDestinations);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(destination) + Arrays.hashCode(withinCount);
    }
}
