package org.nhsblueprint.access;

import java.util.List;
import org.nhsblueprint.model.Service;

/**
 * Access to one service across a region, judged by the service's mode and time standard.
 *
 * @param travelTimes how the journey times were obtained (for the report)
 * @param siteCount   sites offering the service
 * @param overall     everyone
 * @param aged65Plus  residents aged 65 and over
 * @param cumulativeShare share of the population within m minutes, for m = 0, 1, ... (the last entry is 1)
 */
public record AccessResult(Service service, String travelTimes, int siteCount, Summary overall, Summary aged65Plus,
                           List<GroupSummary> byImdDecile, List<GroupSummary> byDistrict, ChoiceSummary choice,
                           NextNearestSummary nextNearest, double[] cumulativeShare, List<AreaAccess> areas) {
    public AccessResult {
        byImdDecile = List.copyOf(byImdDecile);
        byDistrict = List.copyOf(byDistrict);
        areas = List.copyOf(areas);
        cumulativeShare = cumulativeShare.clone();
    }

    @Override
    public double[] cumulativeShare() {
        return cumulativeShare.clone();
    }
}
