package org.nhsblueprint.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.nhsblueprint.access.AccessResult;
import org.nhsblueprint.demand.Allocation;
import org.nhsblueprint.demand.AllocationRule;
import org.nhsblueprint.demand.DemandRate;
import org.nhsblueprint.demand.MinimumVolume;
import org.nhsblueprint.demand.SiteVolume;
import org.nhsblueprint.demand.SiteVolumes;
import org.nhsblueprint.demand.VolumeCheck;
import org.nhsblueprint.model.RegionModel;
import org.nhsblueprint.model.Site;
import org.nhsblueprint.scenario.ServiceAppraisal;

/**
 * Adds yearly demand, site volumes before and after, and the sites below the service's minimum volume to a service's
 * appraisal JSON, when the dataset has a demand rate for the service. Stateless apart from its mapper.
 */
record VolumesJson(ObjectMapper mapper) {

    void add(ObjectNode service, ServiceAppraisal a, RegionModel baseline, RegionModel option, DemandFiles demand,
             AllocationRule rule) {
        Optional<DemandRate> rate = demand.rates() == null ? Optional.empty()
                : demand.rates().of(a.before().service().id());
        if (rate.isEmpty()) {
            service.putNull("demand");
            return;
        }
        SiteVolumes before = volumes(a.before(), baseline, rate.get(), rule);
        SiteVolumes after = volumes(a.after(), option, rate.get(), rule);
        ObjectNode d = service.putObject("demand");
        d.put("rule", before.rule());
        d.put("rate_source", before.rateSource());
        d.put("total_per_year", round(before.totalDemand()));
        d.set("volumes_before", list(before));
        d.set("volumes_after", list(after));
        Optional<MinimumVolume> minimum = demand.minimums() == null ? Optional.empty()
                : demand.minimums().of(a.before().service().id());
        if (minimum.isPresent()) {
            d.put("min_volume_per_year", minimum.get().minPerYear());
            d.put("min_volume_source", minimum.get().source());
            service.set("sites_below_min_volume", below(VolumeCheck.of(after, minimum.get())));
            service.set("sites_below_min_volume_before", below(VolumeCheck.of(before, minimum.get())));
        } else {
            service.putNull("sites_below_min_volume");
        }
    }

    private static SiteVolumes volumes(AccessResult access, RegionModel model, DemandRate rate, AllocationRule rule) {
        return Allocation.allocate(access, model.sitesOffering(access.service().id()).stream().map(Site::code).toList(),
                rate, rule);
    }

    private ArrayNode list(SiteVolumes v) {
        ArrayNode out = mapper.createArrayNode();
        for (SiteVolume s : v.sites()) {
            out.addObject().put("site", s.site().value()).put("per_year", round(s.yearlyVolume()));
        }
        return out;
    }

    private ArrayNode below(VolumeCheck check) {
        ArrayNode out = mapper.createArrayNode();
        for (SiteVolume s : check.below()) {
            out.addObject().put("site", s.site().value()).put("per_year", round(s.yearlyVolume()));
        }
        return out;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
