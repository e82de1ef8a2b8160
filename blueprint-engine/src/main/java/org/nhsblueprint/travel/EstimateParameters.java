package org.nhsblueprint.travel;

import java.util.EnumMap;
import java.util.Map;
import org.nhsblueprint.model.TravelMode;

/**
 * The speed, circuity and fixed time of every mode, for {@link GreatCircleEstimate}. Immutable and thread-safe; two
 * are equal when every mode's {@link ModeSpeed} is (source included).
 *
 * <p>The defaults are London figures from published sources (see {@code docs/travel-times.md}, which explains each
 * choice and its uncertainty). They are estimates for planning at area level, not journey planning.
 */
public final class EstimateParameters {
    /** Urban road networks: route length about 1.2 x straight line (Newell 1980, Traffic Flow on Transportation Networks). */
    private static final double URBAN_CIRCUITY = 1.2;
    /** Vehicle routes across London mix local streets and arterials; 1.25 sits between urban 1.2 and inter-urban 1.3. */
    private static final double ROAD_CIRCUITY = 1.25;

    private final EnumMap<TravelMode, ModeSpeed> modes;

    private EstimateParameters(EnumMap<TravelMode, ModeSpeed> modes) {
        this.modes = modes;
    }

    /** Parameters for every mode; throws if one is missing. */
    public static EstimateParameters of(Map<TravelMode, ModeSpeed> modes) {
        EnumMap<TravelMode, ModeSpeed> copy = new EnumMap<>(TravelMode.class);
        copy.putAll(modes);
        for (TravelMode mode : TravelMode.values()) {
            if (!copy.containsKey(mode)) {
                throw new IllegalArgumentException("no estimate parameters for mode " + mode.id());
            }
        }
        return new EstimateParameters(copy);
    }

    /** London defaults from published figures. */
    public static EstimateParameters londonDefaults() {
        EnumMap<TravelMode, ModeSpeed> m = new EnumMap<>(TravelMode.class);
        m.put(TravelMode.WALK, new ModeSpeed(4.8, URBAN_CIRCUITY, 0,
                "4.8 km/h: TfL PTAL methodology walk speed (80 m/min); circuity 1.2: Newell (1980)"));
        m.put(TravelMode.CYCLE, new ModeSpeed(16, URBAN_CIRCUITY, 0,
                "16 km/h (10 mph): cycling speed used in local accessibility studies after DfT practice; circuity 1.2: Newell (1980)"));
        m.put(TravelMode.PUBLIC_TRANSPORT, new ModeSpeed(15, URBAN_CIRCUITY, 10,
                "15 km/h: TfL average London bus speed including stops (about 9.3 mph, 2015/16); 10 min fixed for"
                        + " the walk to the stop (PTAL allows up to 8 min) and the average wait (half the headway)"));
        m.put(TravelMode.CAR, new ModeSpeed(24, ROAD_CIRCUITY, 0,
                "24 km/h: midpoint of TfL inner (18.7) and outer (29.4) London weekday AM-peak traffic speeds,"
                        + " Travel in London Report 8 (2015) table 4.9; circuity 1.25"));
        m.put(TravelMode.AMBULANCE, new ModeSpeed(40, ROAD_CIRCUITY, 0,
                "40 km/h: off-peak car speed (midpoint of TfL inner 20.3 and outer 33.9 km/h inter-peak, Travel in"
                        + " London 8) with blue-light time taken as 67% of off-peak car time, as in NHS North West"
                        + " London's Shaping a Healthier Future business case (vol. 1, p. 317); circuity 1.25"));
        return new EstimateParameters(m);
    }

    public ModeSpeed mode(TravelMode mode) {
        return modes.get(mode);
    }

    /** A copy with {@code mode}'s parameters replaced by {@code speed}; this one is unchanged. */
    public EstimateParameters with(TravelMode mode, ModeSpeed speed) {
        if (mode == null || speed == null) {
            throw new IllegalArgumentException("mode and speed are required, got " + mode + " and " + speed);
        }
        EnumMap<TravelMode, ModeSpeed> copy = new EnumMap<>(modes);
        copy.put(mode, speed);
        return new EstimateParameters(copy);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EstimateParameters p && modes.equals(p.modes);
    }

    @Override
    public int hashCode() {
        return modes.hashCode();
    }

    @Override
    public String toString() {
        return "EstimateParameters" + modes;
    }
}
