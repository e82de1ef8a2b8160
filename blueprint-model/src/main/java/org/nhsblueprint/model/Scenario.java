package org.nhsblueprint.model;

import java.util.List;
import java.util.Objects;

/**
 * A named option: the baseline plus an ordered list of modifications (a base scenario's first). An empty list means
 * the baseline. Immutable.
 *
 * @param file where the scenario was read from, for problems (may be empty)
 */
public record Scenario(String name, String description, String file, List<Modification> modifications) {
    public Scenario {
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
        file = file == null ? "" : file;
        modifications = List.copyOf(modifications);
    }
}
