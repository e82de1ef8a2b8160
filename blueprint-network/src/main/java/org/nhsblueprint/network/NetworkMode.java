package org.nhsblueprint.network;

import static com.graphhopper.json.Statement.If;
import static com.graphhopper.json.Statement.Op.LIMIT;
import static com.graphhopper.json.Statement.Op.MULTIPLY;

import com.graphhopper.config.Profile;
import com.graphhopper.util.CustomModel;
import java.util.Arrays;
import java.util.Optional;
import org.nhsblueprint.model.TravelMode;

/**
 * The travel modes a road network answers, each a GraphHopper profile with its own custom model. Every model sets
 * {@code distance_influence} to 0, so routes minimise time alone. See {@code docs/road-network.md} for the sources.
 *
 * <ul>
 *   <li>{@link #FOOT}: ways open to pedestrians, at GraphHopper's foot speed capped at 4.8 km/h (TfL's PTAL walking
 *   speed, as the estimator uses);</li>
 *   <li>{@link #CAR}: ways open to cars, at GraphHopper's car speed (free-flow speeds from OSM {@code maxspeed} tags
 *   and road class, so an off-peak figure);</li>
 *   <li>{@link #AMBULANCE}: the car's roads and one-way rules (UK emergency drivers may not drive against one-way
 *   traffic as a matter of course), with speeds divided by 0.67: blue-light journey time taken as 67% of off-peak car
 *   time, as NHS North West London's Shaping a Healthier Future business case did (vol. 1, p. 317, note 5), capped at
 *   112 km/h (70 mph).</li>
 * </ul>
 */
public enum NetworkMode {
    FOOT(TravelMode.WALK, "foot"),
    CAR(TravelMode.CAR, "car"),
    AMBULANCE(TravelMode.AMBULANCE, "ambulance");

    /** The encoded values every profile needs, imported once for all three. */
    static final String ENCODED_VALUES = "car_access, car_average_speed, foot_access, foot_average_speed, road_access";
    /** Blue-light time as a share of off-peak car time (Shaping a Healthier Future, vol. 1, p. 317). */
    static final double BLUE_LIGHT_TIME_SHARE = 0.67;
    /** Walking speed, km/h (TfL PTAL methodology: 80 m per minute). */
    static final double WALK_KMH = 4.8;
    /** Upper limit on blue-light speed, km/h. */
    static final double AMBULANCE_MAX_KMH = 112;

    private final TravelMode travelMode;
    private final String profileName;

    NetworkMode(TravelMode travelMode, String profileName) {
        this.travelMode = travelMode;
        this.profileName = profileName;
    }

    public TravelMode travelMode() {
        return travelMode;
    }

    public String profileName() {
        return profileName;
    }

    /** The network mode for a travel mode, if a road network can answer it (not cycling or public transport). */
    public static Optional<NetworkMode> of(TravelMode mode) {
        return Arrays.stream(values()).filter(m -> m.travelMode == mode).findFirst();
    }

    Profile profile() {
        CustomModel model = new CustomModel().setDistanceInfluence(0d);
        switch (this) {
            case FOOT -> {
                model.addToPriority(If("!foot_access", MULTIPLY, "0"));
                model.addToSpeed(If("true", LIMIT, "foot_average_speed"));
                model.addToSpeed(If("true", LIMIT, Double.toString(WALK_KMH)));
            }
            case CAR -> {
                model.addToPriority(If("!car_access", MULTIPLY, "0"));
                model.addToSpeed(If("true", LIMIT, "car_average_speed"));
            }
            case AMBULANCE -> {
                model.addToPriority(If("!car_access", MULTIPLY, "0"));
                model.addToSpeed(If("true", LIMIT, "car_average_speed"));
                model.addToSpeed(If("true", MULTIPLY, Double.toString(1 / BLUE_LIGHT_TIME_SHARE)));
                model.addToSpeed(If("true", LIMIT, Double.toString(AMBULANCE_MAX_KMH)));
            }
            default -> throw new IllegalStateException("no profile for " + this);
        }
        return new Profile(profileName).setCustomModel(model);
    }
}
