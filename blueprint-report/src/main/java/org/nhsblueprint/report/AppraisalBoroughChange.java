package org.nhsblueprint.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nhsblueprint.access.AreaAccess;
import org.nhsblueprint.model.Area;
import org.nhsblueprint.model.District;
import org.nhsblueprint.model.DistrictCode;
import org.nhsblueprint.model.RegionModel;
import org.nhsblueprint.scenario.ServiceAppraisal;

/**
 * How one borough's journeys to one service change under an option: the population-weighted mean change in minutes to
 * the nearest site (exactly 0 when no area's journey changes), and the people whose journey gets longer or shorter.
 * Immutable and thread-safe.
 *
 * @param meanChangeMinutes after minus before, weighted by population; NaN for a borough without residents
 */
record AppraisalBoroughChange(District district, long population, double meanChangeMinutes, long longer,
                              long shorter) {

    /** One entry per district of the model that has areas, in model order. */
    static List<AppraisalBoroughChange> of(RegionModel model, ServiceAppraisal a) {
        Map<DistrictCode, double[]> sums = new LinkedHashMap<>();
        model.districts().forEach(d -> sums.put(d.code(), new double[4]));
        List<AreaAccess> before = a.before().areas();
        List<AreaAccess> after = a.after().areas();
        for (int i = 0; i < before.size(); i++) {
            Area area = before.get(i).area();
            double change = after.get(i).minutes() - before.get(i).minutes();
            double[] s = sums.get(area.district());
            s[0] += area.population();
            s[1] += change * area.population();
            s[2] += change > 0 ? area.population() : 0;
            s[3] += change < 0 ? area.population() : 0;
        }
        return model.districts().stream().filter(d -> sums.get(d.code())[0] > 0 || hasAreas(model, d))
                .map(d -> {
                    double[] s = sums.get(d.code());
                    return new AppraisalBoroughChange(d, Math.round(s[0]), s[0] > 0 ? s[1] / s[0] : Double.NaN,
                            Math.round(s[2]), Math.round(s[3]));
                }).toList();
    }

    private static boolean hasAreas(RegionModel model, District d) {
        return model.areas().stream().anyMatch(a -> a.district().equals(d.code()));
    }
}
