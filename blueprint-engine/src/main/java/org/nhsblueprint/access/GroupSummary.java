package org.nhsblueprint.access;

/**
 * Access for one group of areas: a district or a deprivation decile.
 *
 * @param key  the group's code (district code, or the decile as text)
 * @param name the group's name for display
 */
public record GroupSummary(String key, String name, Summary summary) {
}
