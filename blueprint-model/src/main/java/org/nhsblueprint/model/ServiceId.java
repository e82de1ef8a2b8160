package org.nhsblueprint.model;

import java.util.regex.Pattern;

/** The short identifier of a service in the catalogue, e.g. {@code gp}, {@code ae}, {@code hasu}, {@code mtc}. */
public record ServiceId(String value) implements Comparable<ServiceId> {
    public static final Pattern PATTERN = Pattern.compile("[a-z][a-z0-9_-]{0,31}");

    public ServiceId {
        Codes.require(value, PATTERN, "service id");
    }

    @Override
    public int compareTo(ServiceId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
