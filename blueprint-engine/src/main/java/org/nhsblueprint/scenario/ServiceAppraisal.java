package org.nhsblueprint.scenario;

import java.util.List;
import java.util.Objects;
import org.nhsblueprint.access.AccessResult;

/**
 * One service, option against baseline: access before and after, and who gains and who loses. Immutable.
 *
 * @param populationLongerJourney    people whose journey to their nearest site is longer after
 * @param meanExtraMinutesAffected   their mean extra minutes (NaN if nobody)
 * @param populationShorterJourney   people whose journey is shorter after
 * @param aged65PlusLongerJourney    people aged 65+ whose journey is longer
 * @param longerByImdDecile          people with a longer journey in each IMD decile (index 0 = decile 1)
 */
public record ServiceAppraisal(AccessResult before, AccessResult after, long populationLongerJourney,
                               double meanExtraMinutesAffected, long populationShorterJourney,
                               long aged65PlusLongerJourney, List<Long> longerByImdDecile) {
    public ServiceAppraisal {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        longerByImdDecile = List.copyOf(longerByImdDecile);
    }
}
