package org.nhsblueprint.model;

import java.util.regex.Pattern;

/**
 * An NHS Organisation Data Service code for a place where a service is delivered: a GP practice code (one letter
 * and five digits, e.g. {@code H83001}) or a trust site code (five characters, e.g. {@code R1H12}).
 */
public record SiteCode(String value) implements Comparable<SiteCode> {
    /** ODS GP practice codes: a letter and five digits. */
    public static final Pattern PRACTICE = Pattern.compile("[A-Z]\\d{5}");
    /** ODS trust site codes: five upper-case letters or digits, starting with a letter. */
    public static final Pattern TRUST_SITE = Pattern.compile("[A-Z][A-Z0-9]{4}");
    private static final Pattern ANY = Pattern.compile("[A-Z][A-Z0-9]{4}|[A-Z]\\d{5}");

    public SiteCode {
        Codes.require(value, ANY, "site code");
    }

    @Override
    public int compareTo(SiteCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
