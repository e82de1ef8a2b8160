package org.nhsblueprint.model;

import java.util.Arrays;
import java.util.stream.Collectors;

/** How a journey is made. Each mode has a stable lower-case id used in files, the CLI and JSON. */
public enum TravelMode {
    WALK("walk"),
    CYCLE("cycle"),
    PUBLIC_TRANSPORT("public_transport"),
    CAR("car"),
    AMBULANCE("ambulance");

    private final String id;

    TravelMode(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The mode with this id; the message lists the valid ids. */
    public static TravelMode fromId(String id) {
        for (TravelMode mode : values()) {
            if (mode.id.equals(id)) {
                return mode;
            }
        }
        throw new IllegalArgumentException("unknown travel mode '" + id + "' (expected one of " + ids() + ")");
    }

    public static String ids() {
        return Arrays.stream(values()).map(TravelMode::id).collect(Collectors.joining(", "));
    }
}
