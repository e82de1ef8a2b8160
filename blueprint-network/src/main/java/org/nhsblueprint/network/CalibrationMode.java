package org.nhsblueprint.network;

import org.nhsblueprint.model.TravelMode;
import org.nhsblueprint.travel.ModeSpeed;

/**
 * One mode's calibration: how many pairs it was fitted on, the estimator's parameters before and after, and the
 * error of each against the road network on those same pairs. Immutable.
 *
 * @param mode         the network profile the times came from; {@link #travelMode()} is the estimator's mode it
 *                     calibrates (the foot profile calibrates walking)
 * @param pairs        origin-destination pairs the network joined within the search limit
 * @param current      the estimator's parameters before calibration
 * @param currentError their error against the network on the pairs
 * @param fitted       the fitted parameters: speed and circuity fitted, fixed minutes kept from {@code current}
 * @param fittedError  their error on the same pairs
 */
public record CalibrationMode(NetworkMode mode, int pairs, ModeSpeed current, CalibrationError currentError,
                              ModeSpeed fitted, CalibrationError fittedError) {
    public CalibrationMode {
        if (mode == null || current == null || currentError == null || fitted == null || fittedError == null) {
            throw new IllegalArgumentException("a calibrated mode needs its mode, parameters and errors: " + mode
                    + ", " + current + ", " + currentError + ", " + fitted + ", " + fittedError);
        }
        if (pairs <= 0) {
            throw new IllegalArgumentException(mode.profileName() + " was fitted on " + pairs + " pairs");
        }
    }

    /** The estimator's mode these parameters are for. */
    public TravelMode travelMode() {
        return mode.travelMode();
    }
}
