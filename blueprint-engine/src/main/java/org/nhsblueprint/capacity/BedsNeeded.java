package org.nhsblueprint.capacity;

/**
 * Beds needed for a yearly number of bed days at a target occupancy: {@code ceil(bed days / 365 / occupancy)}. The
 * evidence for NHS England's bed-closure test (2017): a change that closes beds must show the beds it still needs.
 * Stateless.
 */
public final class BedsNeeded {
    private BedsNeeded() {
    }

    /**
     * @throws IllegalArgumentException if bed days are negative or occupancy is outside (0, 1]
     */
    public static int of(double bedDaysPerYear, double targetOccupancy) {
        if (!(bedDaysPerYear >= 0) || Double.isInfinite(bedDaysPerYear)) {
            throw new IllegalArgumentException("bed days must be zero or more, not " + bedDaysPerYear);
        }
        if (!(targetOccupancy > 0 && targetOccupancy <= 1)) {
            throw new IllegalArgumentException("target occupancy must be in (0, 1], not " + targetOccupancy);
        }
        return (int) Math.ceil(bedDaysPerYear / 365.0 / targetOccupancy - 1e-9);
    }
}
