package org.nhsblueprint.model;

import java.util.Objects;

/**
 * One published figure about a site for one of its services, such as a stroke unit's thrombolysis rate or a
 * practice's registered list, ready to show beside the site with where it came from. Immutable.
 *
 * @param value the figure as it should be read ("11.9%", "13,681", "yes"), never blank
 */
public record SiteFact(SiteCode site, ServiceId service, String label, String value, DataSource source) {
    public SiteFact {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(source, "source");
        if (label == null || label.isBlank() || value == null || value.isBlank()) {
            throw new IllegalArgumentException("a fact about " + site + " needs a label and a value");
        }
    }
}
