package org.nhsblueprint.demand;

import java.util.List;
import java.util.Objects;

/**
 * Sites whose yearly volume falls below a minimum-volume standard: a skill-dilution risk. Immutable and thread-safe.
 *
 * @param standard the minimum volume judged against, with its source
 * @param below    the sites below it with their volumes, smallest first
 * @param checked  how many sites were checked
 */
public record VolumeCheck(MinimumVolume standard, List<SiteVolume> below, int checked) {
    public VolumeCheck {
        Objects.requireNonNull(standard, "standard");
        below = List.copyOf(below);
    }

    /** @throws IllegalArgumentException if the standard is for another service than the volumes */
    public static VolumeCheck of(SiteVolumes volumes, MinimumVolume standard) {
        if (!standard.service().equals(volumes.service())) {
            throw new IllegalArgumentException("minimum volume is for " + standard.service()
                    + " but the volumes are for " + volumes.service());
        }
        List<SiteVolume> below = volumes.sites().stream().filter(v -> v.yearlyVolume() < standard.minPerYear())
                .sorted(java.util.Comparator.comparingDouble(SiteVolume::yearlyVolume)
                        .thenComparing(SiteVolume::site))
                .toList();
        return new VolumeCheck(standard, below, volumes.sites().size());
    }
}
