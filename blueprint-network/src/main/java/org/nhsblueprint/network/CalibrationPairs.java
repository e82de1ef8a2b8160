package org.nhsblueprint.network;

import java.util.List;
import org.nhsblueprint.model.GeoPoint;
import org.nhsblueprint.travel.ModeSpeed;

/**
 * The pairs one mode is calibrated on: for every origin-destination pair the network joined, the great-circle
 * distance between the two points and the road journey's length and time. Parallel arrays in origin-major order,
 * copied in and never handed out, so immutable.
 */
final class CalibrationPairs {
    private final double[] greatCircleMetres;
    private final double[] roadMetres;
    private final double[] roadMinutes;

    CalibrationPairs(double[] greatCircleMetres, double[] roadMetres, double[] roadMinutes) {
        if (greatCircleMetres.length != roadMetres.length || roadMetres.length != roadMinutes.length) {
            throw new IllegalArgumentException(greatCircleMetres.length + " great-circle distances, " + roadMetres.length
                    + " road distances and " + roadMinutes.length + " road times: need one of each per pair");
        }
        this.greatCircleMetres = greatCircleMetres.clone();
        this.roadMetres = roadMetres.clone();
        this.roadMinutes = roadMinutes.clone();
    }

    /** Every pair in {@code times}, with the great-circle distance between the original (unsnapped) points. */
    static CalibrationPairs of(SiteTimes times, List<GeoPoint> origins, List<GeoPoint> destinations) {
        int n = times.pairs();
        double[] straight = new double[n];
        for (int o = 0; o < times.origins(); o++) {
            for (int i = times.offsets[o]; i < times.offsets[o + 1]; i++) {
                straight[i] = origins.get(o).metresTo(destinations.get(times.destination[i]));
            }
        }
        return new CalibrationPairs(straight, times.metres, times.minutes);
    }

    int size() {
        return roadMinutes.length;
    }

    /** The fitted speed and circuity; the caller makes sure there are pairs with some length and time. */
    record Fit(double speedKmh, double circuity) {
    }

    /**
     * Circuity is the least-squares slope of road metres on great-circle metres through the origin,
     * {@code sum(road x straight) / sum(straight^2)}; speed is total road metres over total road minutes, in km/h.
     */
    Fit fit() {
        double roadTimesStraight = 0;
        double straightSquared = 0;
        double metres = 0;
        double minutes = 0;
        for (int i = 0; i < size(); i++) {
            roadTimesStraight += roadMetres[i] * greatCircleMetres[i];
            straightSquared += greatCircleMetres[i] * greatCircleMetres[i];
            metres += roadMetres[i];
            minutes += roadMinutes[i];
        }
        return new Fit(metres / minutes * 60 / 1000, roadTimesStraight / straightSquared);
    }

    /** The error of the estimate with {@code speed} against the road times, on these pairs. */
    CalibrationError errors(ModeSpeed speed) {
        double[] estimate = new double[size()];
        for (int i = 0; i < size(); i++) {
            estimate[i] = speed.minutes(greatCircleMetres[i]);
        }
        return CalibrationError.of(estimate, roadMinutes);
    }
}
