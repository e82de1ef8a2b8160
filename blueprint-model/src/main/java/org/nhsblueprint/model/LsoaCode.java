package org.nhsblueprint.model;

import java.util.regex.Pattern;

/** An ONS lower layer super output area code, e.g. {@code E01000001}. */
public record LsoaCode(String value) implements Comparable<LsoaCode> {
    /** England LSOAs are E01 followed by six digits. */
    public static final Pattern PATTERN = Pattern.compile("E01\\d{6}");

    public LsoaCode {
        Codes.require(value, PATTERN, "LSOA code");
    }

    @Override
    public int compareTo(LsoaCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
