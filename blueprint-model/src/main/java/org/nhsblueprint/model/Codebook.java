package org.nhsblueprint.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An editable codebook for consultation responses: named themes, each found by phrases (matched on stemmed words, so
 * "travel" also finds "travelling") and suppressed by "unless" phrases, with what the proposal does about it ("you
 * said, we did") and, optionally, the service whose change in access in a scenario appraisal is the evidence.
 * Immutable.
 */
public record Codebook(String name, List<Theme> themes) {
    public Codebook {
        Objects.requireNonNull(name, "name");
        themes = List.copyOf(themes);
    }

    /**
     * One theme.
     *
     * @param weDid    what the proposal does in answer (may be empty)
     * @param evidence the service whose access change in an appraisal answers the theme, if any
     */
    public record Theme(String name, String description, List<String> phrases, List<String> unless, String weDid,
                        Optional<ServiceId> evidence) {
        public Theme {
            Objects.requireNonNull(name, "name");
            description = description == null ? "" : description;
            phrases = List.copyOf(phrases);
            unless = List.copyOf(unless);
            weDid = weDid == null ? "" : weDid;
            Objects.requireNonNull(evidence, "evidence");
            if (phrases.isEmpty()) {
                throw new IllegalArgumentException("theme " + name + " has no phrases");
            }
        }
    }
}
