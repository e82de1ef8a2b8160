package org.nhsblueprint.model;

import java.util.regex.Pattern;

/**
 * An ONS local authority district code: a London borough ({@code E09}), a unitary authority ({@code E06}), a
 * non-metropolitan district ({@code E07}) or a metropolitan district ({@code E08}).
 */
public record DistrictCode(String value) implements Comparable<DistrictCode> {
    public static final Pattern PATTERN = Pattern.compile("E0[6-9]\\d{6}");

    public DistrictCode {
        Codes.require(value, PATTERN, "district code");
    }

    /** True for the 33 London boroughs (including the City of London). */
    public boolean isLondonBorough() {
        return value.startsWith("E09");
    }

    @Override
    public int compareTo(DistrictCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
