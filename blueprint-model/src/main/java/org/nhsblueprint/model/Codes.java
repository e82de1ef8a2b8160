package org.nhsblueprint.model;

import java.util.regex.Pattern;

/** Shared argument checks for the typed codes; package-private because each code type states its own rule. */
final class Codes {
    private Codes() {
    }

    static String require(String value, Pattern pattern, String what) {
        if (value == null) {
            throw new IllegalArgumentException(what + " was missing");
        }
        if (!pattern.matcher(value).matches()) {
            throw new IllegalArgumentException(what + " '" + value + "' is not well formed (expected " + pattern.pattern() + ")");
        }
        return value;
    }
}
