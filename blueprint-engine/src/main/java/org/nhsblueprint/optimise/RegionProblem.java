package org.nhsblueprint.optimise;

import java.util.List;
import org.nhsblueprint.model.Area;
import org.nhsblueprint.model.RegionModel;
import org.nhsblueprint.model.Site;
import org.nhsblueprint.model.TravelMode;
import org.nhsblueprint.travel.GreatCircleEstimate;

/**
 * A region's location problem: its areas are the customers (weighted by population), the candidate sites the
 * candidates, and the cost the estimated journey in minutes by the service's mode (the straight-line estimate, so the
 * whole matrix is cheap). Stateless.
 */
public final class RegionProblem {
    private RegionProblem() {
    }

    public static LocationProblem of(String name, RegionModel model, List<Site> candidates, TravelMode mode,
                                     GreatCircleEstimate estimate, int p, double standardMinutes) {
        List<Area> areas = model.areas();
        double[] weight = new double[areas.size()];
        for (int i = 0; i < areas.size(); i++) {
            weight[i] = areas.get(i).population();
        }
        float[][] cost = new float[candidates.size()][areas.size()];
        for (int j = 0; j < candidates.size(); j++) {
            for (int i = 0; i < areas.size(); i++) {
                cost[j][i] = (float) estimate.minutes(areas.get(i).centroid(), candidates.get(j).location(), mode);
            }
        }
        return LocationProblem.of(name, weight, cost, p).withStandard(standardMinutes);
    }
}
