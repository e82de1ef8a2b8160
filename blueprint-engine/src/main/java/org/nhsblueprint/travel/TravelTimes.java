package org.nhsblueprint.travel;

import java.util.List;
import org.nhsblueprint.model.GeoPoint;
import org.nhsblueprint.model.TravelMode;

/**
 * Journey times from origins (areas) to destinations (sites) by one mode. Implementations: the great-circle
 * {@link GreatCircleEstimate}; road-network times from OpenStreetMap arrive in their own module.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface TravelTimes {

    /** Minutes for one journey. */
    double minutes(GeoPoint from, GeoPoint to, TravelMode mode);

    /**
     * For every origin, the {@code nearest} quickest destinations with their minutes, and how many destinations lie
     * within {@code withinMinutes} (inclusive).
     */
    Reach reach(List<GeoPoint> origins, List<GeoPoint> destinations, TravelMode mode, int nearest,
                double withinMinutes);

    /** One sentence saying how times are obtained for this mode, with its parameters: printed in every report. */
    String describe(TravelMode mode);
}
