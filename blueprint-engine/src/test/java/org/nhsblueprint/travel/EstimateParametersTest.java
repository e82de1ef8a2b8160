package org.nhsblueprint.travel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nhsblueprint.model.TravelMode;

class EstimateParametersTest {
    private static final ModeSpeed FITTED = new ModeSpeed(30, 1.3, 0, "fitted in a test");

    @Test
    void withReplacesOneModeAndLeavesTheOriginalAsItWas() {
        EstimateParameters defaults = EstimateParameters.londonDefaults();
        EstimateParameters changed = defaults.with(TravelMode.CAR, FITTED);
        assertEquals(FITTED, changed.mode(TravelMode.CAR));
        assertEquals(24, defaults.mode(TravelMode.CAR).speedKmh());
        for (TravelMode mode : TravelMode.values()) {
            if (mode != TravelMode.CAR) {
                assertEquals(defaults.mode(mode), changed.mode(mode), mode.id());
            }
        }
    }

    @Test
    void parametersAreEqualWhenEveryModeIsEqualSourceIncluded() {
        EstimateParameters defaults = EstimateParameters.londonDefaults();
        Map<TravelMode, ModeSpeed> modes = new EnumMap<>(TravelMode.class);
        for (TravelMode mode : TravelMode.values()) {
            modes.put(mode, defaults.mode(mode));
        }
        assertEquals(defaults, EstimateParameters.of(modes));
        assertEquals(defaults.hashCode(), EstimateParameters.of(modes).hashCode());
        assertEquals(defaults.with(TravelMode.WALK, FITTED), defaults.with(TravelMode.WALK, FITTED));
        assertNotEquals(defaults, defaults.with(TravelMode.WALK, FITTED));
        ModeSpeed walk = defaults.mode(TravelMode.WALK);
        ModeSpeed otherSource = new ModeSpeed(walk.speedKmh(), walk.circuity(), walk.fixedMinutes(), "elsewhere");
        assertNotEquals(defaults, defaults.with(TravelMode.WALK, otherSource));
    }

    @Test
    void withRefusesAMissingSpeed() {
        assertThrows(IllegalArgumentException.class,
                () -> EstimateParameters.londonDefaults().with(TravelMode.CAR, null));
    }
}
