package org.nhsblueprint.access;

import java.util.Objects;

/** Access for one group of areas: a district or a deprivation decile. Immutable. */
public record GroupSummary(Group group, Summary summary) {
    public GroupSummary {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(summary, "summary");
    }

    /** The group's key: the decile as text, or the district code. */
    public String key() {
        return group.key();
    }

    /** The group's name for display. */
    public String name() {
        return group.name();
    }
}
