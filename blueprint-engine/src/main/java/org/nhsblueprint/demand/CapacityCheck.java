package org.nhsblueprint.demand;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.nhsblueprint.model.SiteCode;

/**
 * Sites whose modelled yearly volume is above their stated capacity for a service. Sites without a stated capacity
 * are not judged. Immutable and thread-safe.
 *
 * @param over    the sites over capacity, most over (volume / capacity) first
 * @param checked how many sites had a stated capacity
 */
public record CapacityCheck(List<Over> over, int checked) {
    /** One site over its capacity. */
    public record Over(SiteCode site, double yearlyVolume, double capacity) {
        public Over {
            Objects.requireNonNull(site, "site");
        }

        /** Volume as a share of capacity (infinite for a capacity of zero). */
        public double utilisation() {
            return capacity == 0 ? Double.POSITIVE_INFINITY : yearlyVolume / capacity;
        }
    }

    public CapacityCheck {
        over = List.copyOf(over);
    }

    /** Judges every site of {@code volumes} that has an entry in {@code capacity} (yearly, same units). */
    public static CapacityCheck of(SiteVolumes volumes, Map<SiteCode, Double> capacity) {
        int checked = 0;
        List<Over> over = new java.util.ArrayList<>();
        for (SiteVolume v : volumes.sites()) {
            Double c = capacity.get(v.site());
            if (c == null) {
                continue;
            }
            checked++;
            if (v.yearlyVolume() > c) {
                over.add(new Over(v.site(), v.yearlyVolume(), c));
            }
        }
        over.sort(Comparator.comparingDouble(Over::utilisation).reversed().thenComparing(Over::site));
        return new CapacityCheck(over, checked);
    }
}
