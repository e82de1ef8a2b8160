package org.nhsblueprint.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.nhsblueprint.access.AccessResult;
import org.nhsblueprint.model.RegionModel;
import org.nhsblueprint.model.Service;
import org.nhsblueprint.scenario.ServiceAppraisal;

/**
 * One service across the options of a comparison: access in the baseline, which every option is appraised against,
 * and each option's appraisal and site volumes. Immutable.
 *
 * @param baseline access to the service in the baseline
 * @param byOption each option's appraisal, in the options' order; empty where no site offers the service under it
 * @param volumes  each option's site volumes, in the options' order; empty where the dataset has no demand rate for
 *                 the service or no site offers it under the option
 */
record ComparisonService(AccessResult baseline, List<Optional<ServiceAppraisal>> byOption,
                         List<Optional<AppraisalVolumes>> volumes) {
    ComparisonService {
        byOption = List.copyOf(byOption);
        volumes = List.copyOf(volumes);
    }

    /**
     * The services of the baseline's catalogue that some option appraises, in catalogue order. A service every
     * option removes has no appraisal and is left out (see {@link #removedByEvery}).
     */
    static List<ComparisonService> of(RegionModel baseline, List<ComparisonOption> options) {
        List<ComparisonService> out = new ArrayList<>();
        for (Service s : baseline.catalogue().all()) {
            List<Optional<ServiceAppraisal>> byOption = options.stream().map(o -> o.appraisal(s.id())).toList();
            List<Optional<AppraisalVolumes>> volumes = options.stream()
                    .map(o -> o.appraisal(s.id()).flatMap(a -> o.volumes(s.id()))).toList();
            byOption.stream().flatMap(Optional::stream).findFirst()
                    .ifPresent(a -> out.add(new ComparisonService(a.before(), byOption, volumes)));
        }
        return out;
    }

    /** The services some site offers in the baseline and none offers under any of the options. */
    static List<Service> removedByEvery(RegionModel baseline, List<ComparisonOption> options) {
        return baseline.catalogue().all().stream().filter(s -> !baseline.sitesOffering(s.id()).isEmpty())
                .filter(s -> options.stream().allMatch(o -> o.model().sitesOffering(s.id()).isEmpty())).toList();
    }

    Service service() {
        return baseline.service();
    }

    /**
     * True if some option changes some area's journey to the nearest site, leaves no site offering the service, or
     * changes a site's volume or stated capacity.
     */
    boolean changed() {
        return byOption.stream().anyMatch(a -> a.isEmpty() || AppraisalSection.changed(a.get()))
                || volumes.stream().flatMap(Optional::stream).anyMatch(v -> !v.before().sites()
                .equals(v.after().sites()) || !v.capacityBefore().equals(v.capacityAfter()));
    }

    /** The anchor of the service's section, for links from the summary table. */
    String anchor() {
        return "service-" + service().id().value();
    }
}
