package org.nhsblueprint.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.nhsblueprint.demand.AllocationRule;
import org.nhsblueprint.demand.SiteVolume;
import org.nhsblueprint.demand.VolumeCheck;
import org.nhsblueprint.model.RegionModel;
import org.nhsblueprint.model.ServiceId;
import org.nhsblueprint.report.AppraisalVolumes;
import org.nhsblueprint.scenario.ServiceAppraisal;

/**
 * Site volumes for an appraisal: yearly demand allocated to sites before and after, for every service the dataset has
 * a demand rate for, and their JSON (volumes before and after, the sites below the service's minimum volume).
 * Stateless apart from its mapper.
 */
record VolumesJson(ObjectMapper mapper) {

    /** Volumes before and after for every appraised service with a demand rate. */
    static Map<ServiceId, AppraisalVolumes> volumes(List<ServiceAppraisal> appraisals, RegionModel baseline,
                                                    RegionModel option, DemandFiles demand, AllocationRule rule) {
        return AppraisalVolumes.of(appraisals, baseline, option, demand.rates(), demand.minimums(), rule);
    }

    /**
     * Adds {@code demand}, {@code sites_below_min_volume} and {@code sites_over_capacity} to a service's JSON (null
     * when there is no demand rate; {@code sites_over_capacity} is an empty list when no site states a capacity, and
     * {@code sites_with_capacity} says how many did).
     */
    void add(ObjectNode service, AppraisalVolumes v) {
        if (v == null) {
            service.putNull("demand");
            service.putNull("sites_below_min_volume");
            service.putNull("sites_over_capacity");
            return;
        }
        ObjectNode d = service.putObject("demand");
        d.put("rule", v.before().rule());
        d.put("rate_source", v.before().rateSource());
        d.put("total_per_year", round(v.before().totalDemand()));
        d.set("volumes_before", list(v.before().sites()));
        d.set("volumes_after", list(v.after().sites()));
        if (v.minimum().isPresent()) {
            d.put("min_volume_per_year", v.minimum().get().minPerYear());
            d.put("min_volume_source", v.minimum().get().source());
            service.set("sites_below_min_volume", list(v.belowAfter().map(VolumeCheck::below).orElse(List.of())));
            service.set("sites_below_min_volume_before",
                    list(v.belowBefore().map(VolumeCheck::below).orElse(List.of())));
        } else {
            service.putNull("sites_below_min_volume");
        }
        service.put("sites_with_capacity", v.overAfter().checked());
        service.set("sites_over_capacity", over(v.overAfter()));
        service.set("sites_over_capacity_before", over(v.overBefore()));
    }

    private ArrayNode over(org.nhsblueprint.demand.CapacityCheck check) {
        ArrayNode out = mapper.createArrayNode();
        for (org.nhsblueprint.demand.CapacityCheck.Over o : check.over()) {
            out.addObject().put("site", o.site().value()).put("per_year", round(o.yearlyVolume()))
                    .put("capacity_per_year", round(o.capacity()));
        }
        return out;
    }

    private ArrayNode list(List<SiteVolume> volumes) {
        ArrayNode out = mapper.createArrayNode();
        for (SiteVolume s : volumes) {
            out.addObject().put("site", s.site().value()).put("per_year", round(s.yearlyVolume()));
        }
        return out;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
