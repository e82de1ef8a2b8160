package org.nhsblueprint.model;

import java.util.Objects;

/** A local authority district (in London, a borough): the unit results are broken down by. */
public record District(DistrictCode code, String name) {
    public District {
        Objects.requireNonNull(code, "code");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("district " + code + " has no name");
        }
    }
}
