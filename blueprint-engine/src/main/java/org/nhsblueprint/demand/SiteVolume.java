package org.nhsblueprint.demand;

import java.util.Objects;
import org.nhsblueprint.model.SiteCode;

/** One site's modelled yearly volume (cases a year). Immutable. */
public record SiteVolume(SiteCode site, double yearlyVolume) {
    public SiteVolume {
        Objects.requireNonNull(site, "site");
        if (!(yearlyVolume >= 0 && Double.isFinite(yearlyVolume))) {
            throw new IllegalArgumentException("site " + site + " has yearly volume " + yearlyVolume);
        }
    }
}
