package org.nhsblueprint.travel;

import java.util.EnumMap;
import java.util.Map;
import org.nhsblueprint.model.TravelMode;

/** Estimator parameters for worlds worked out by hand: one kilometre a minute in a straight line, so minutes = km. */
public final class TestSpeeds {
    private TestSpeeds() {
    }

    public static EstimateParameters kilometrePerMinute() {
        ModeSpeed s = new ModeSpeed(60, 1, 0, "test: 60 km/h, no detour");
        Map<TravelMode, ModeSpeed> all = new EnumMap<>(TravelMode.class);
        for (TravelMode mode : TravelMode.values()) {
            all.put(mode, s);
        }
        return EstimateParameters.of(all);
    }
}
