package org.nhsblueprint.access;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.nhsblueprint.model.Service;

/**
 * Access to one service across a region, judged by the service's mode and time standard. Immutable (the curve is
 * copied in and out), with value equality.
 *
 * @param travelTimesMethod   how the journey times were obtained, in one sentence (for reports)
 * @param travelTimeNotes     facts about this run's times, e.g. how many pairs fell back to the estimate
 * @param siteCount           sites offering the service, including those beyond the region's boundary
 * @param sitesOutsideRegion  of which beyond the boundary (used by people living near it)
 * @param overall             everyone
 * @param aged65Plus          residents aged 65 and over
 * @param cumulativeShare     share of the population within m minutes, for m = 0, 1, ... (the last entry is 1)
 */
public record AccessResult(Service service, String travelTimesMethod, List<String> travelTimeNotes, int siteCount,
                           int sitesOutsideRegion,
                           Summary overall, Summary aged65Plus, List<GroupSummary> byImdDecile,
                           List<GroupSummary> byDistrict, ChoiceSummary choice, NextNearestSummary nextNearest,
                           double[] cumulativeShare, List<AreaAccess> areas) {
    public AccessResult {
        Objects.requireNonNull(service, "service");
        if (sitesOutsideRegion < 0 || sitesOutsideRegion > siteCount) {
            throw new IllegalArgumentException(sitesOutsideRegion + " sites outside the region out of " + siteCount);
        }
        travelTimeNotes = List.copyOf(travelTimeNotes);
        byImdDecile = List.copyOf(byImdDecile);
        byDistrict = List.copyOf(byDistrict);
        areas = List.copyOf(areas);
        cumulativeShare = cumulativeShare.clone();
    }

    @Override
    public double[] cumulativeShare() {
        return cumulativeShare.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AccessResult r && service.equals(r.service) && travelTimesMethod.equals(r.travelTimesMethod)
                && travelTimeNotes.equals(r.travelTimeNotes)
                && siteCount == r.siteCount && sitesOutsideRegion == r.sitesOutsideRegion
                && overall.equals(r.overall) && aged65Plus.equals(r.aged65Plus) && byImdDecile.equals(r.byImdDecile)
                && byDistrict.equals(r.byDistrict) && choice.equals(r.choice) && nextNearest.equals(r.nextNearest)
                && Arrays.equals(cumulativeShare, r.cumulativeShare) && areas.equals(r.areas);
    }

    @Override
    public int hashCode() {
        return Objects.hash(service, overall, byDistrict, Arrays.hashCode(cumulativeShare));
    }

    @Override
    public String toString() {
        return "AccessResult[" + service.id() + ", " + overall + "]";
    }
}
