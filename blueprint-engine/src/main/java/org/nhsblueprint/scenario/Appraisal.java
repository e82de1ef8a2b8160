package org.nhsblueprint.scenario;

import java.util.ArrayList;
import java.util.List;
import org.nhsblueprint.access.AccessAnalysis;
import org.nhsblueprint.access.AccessResult;
import org.nhsblueprint.access.AreaAccess;
import org.nhsblueprint.model.Area;
import org.nhsblueprint.model.RegionModel;
import org.nhsblueprint.model.Service;

/**
 * Appraises an option against its baseline, service by service: the same access metrics before and after, and the
 * people whose nearest-site journey gets longer or shorter (by deprivation decile and for 65+). Both models must hold
 * the same areas in the same order, as a scenario's copy does. Immutable and thread-safe.
 */
public final class Appraisal {
    private final AccessAnalysis access;

    public Appraisal(AccessAnalysis access) {
        this.access = access;
    }

    /**
     * Every catalogue service that some site offers in both models.
     *
     * @throws IllegalArgumentException if the models' areas differ
     */
    public List<ServiceAppraisal> run(RegionModel baseline, RegionModel option) {
        if (!baseline.areas().equals(option.areas())) {
            throw new IllegalArgumentException("an option must keep the baseline's areas");
        }
        List<ServiceAppraisal> out = new ArrayList<>();
        for (Service service : baseline.catalogue().all()) {
            if (baseline.sitesOffering(service.id()).isEmpty() || option.sitesOffering(service.id()).isEmpty()) {
                continue;
            }
            out.add(compare(access.run(baseline, service), access.run(option, service)));
        }
        return out;
    }

    /**
     * Services some site offers in the baseline and no site offers in the option: everyone loses access, which
     * {@link #run} cannot measure in minutes, so callers must say so.
     */
    public List<Service> removed(RegionModel baseline, RegionModel option) {
        return baseline.catalogue().all().stream()
                .filter(s -> !baseline.sitesOffering(s.id()).isEmpty() && option.sitesOffering(s.id()).isEmpty())
                .toList();
    }

    static ServiceAppraisal compare(AccessResult before, AccessResult after) {
        long longer = 0;
        long shorter = 0;
        long older = 0;
        double extra = 0;
        long[] byDecile = new long[10];
        for (int i = 0; i < before.areas().size(); i++) {
            AreaAccess b = before.areas().get(i);
            AreaAccess a = after.areas().get(i);
            Area area = b.area();
            if (a.minutes() > b.minutes()) {
                longer += area.population();
                older += area.population65Plus();
                extra += (a.minutes() - b.minutes()) * area.population();
                byDecile[area.imdDecile() - 1] += area.population();
            } else if (a.minutes() < b.minutes()) {
                shorter += area.population();
            }
        }
        List<Long> deciles = new ArrayList<>();
        for (long d : byDecile) {
            deciles.add(d);
        }
        return new ServiceAppraisal(before, after, longer, longer == 0 ? Double.NaN : extra / longer, shorter, older,
                deciles);
    }
}
