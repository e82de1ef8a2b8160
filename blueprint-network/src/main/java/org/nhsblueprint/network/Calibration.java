package org.nhsblueprint.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.nhsblueprint.model.GeoPoint;
import org.nhsblueprint.travel.EstimateParameters;
import org.nhsblueprint.travel.ModeSpeed;

/**
 * Fits the estimator's speed and circuity, per road mode, to road-network journeys between the same points, so that
 * a user without a network still gets estimates calibrated to one. For each {@link NetworkMode}: road journeys from
 * every origin to every destination within {@link #LIMIT_MINUTES} ({@link TreeMatrix}), then circuity as the
 * least-squares slope of road metres on great-circle metres through the origin, speed as total road metres over total
 * road minutes, and the fixed minutes kept from the current parameters. Fitted speeds are rounded to 0.01 km/h and
 * circuities to 0.001, and the errors are those of the rounded figures, which are the ones written to a file.
 *
 * <p>Stateless. The same network and points give the same report: every tree is independent and the pairs are taken
 * in origin-major order.
 */
public final class Calibration {
    /** Pairs farther apart than this by road are left out (an hour's walk is about 5 km). */
    public static final double LIMIT_MINUTES = 60;
    /** Fewer pairs than this is too little to fit on. */
    static final int MIN_PAIRS = 30;

    private Calibration() {
    }

    /**
     * Calibrates every road mode on the pairs of {@code origins} and {@code destinations} the network joins.
     *
     * @param current the parameters in use now, reported for comparison; their fixed minutes are kept
     * @throws NetworkException if a mode has fewer than 30 pairs, or its fit is implausible for the estimator
     */
    public static CalibrationReport run(RoadNetwork network, List<GeoPoint> origins, List<GeoPoint> destinations,
                                        EstimateParameters current) {
        NetworkStamp stamp = network.stamp();
        List<CalibrationMode> modes = new ArrayList<>();
        for (NetworkMode mode : NetworkMode.values()) {
            SiteTimes times = TreeMatrix.compute(network, mode, origins, destinations, LIMIT_MINUTES);
            CalibrationPairs pairs = CalibrationPairs.of(times, origins, destinations);
            if (pairs.size() < MIN_PAIRS) {
                throw new NetworkException(String.format(Locale.ROOT, "the %s road network joins only %,d pairs of the"
                                + " %,d areas and %,d sites within %.0f min, too few to calibrate on (at least %d); are"
                                + " they inside the network's area (%s)?", mode.profileName(), pairs.size(),
                        origins.size(), destinations.size(), LIMIT_MINUTES, MIN_PAIRS, stamp.osmFile()));
            }
            modes.add(calibrate(mode, pairs, current.mode(mode.travelMode()), stamp));
        }
        return new CalibrationReport(stamp.osmFile(), stamp.osmSha256(), origins.size(), destinations.size(),
                LIMIT_MINUTES, modes);
    }

    static CalibrationMode calibrate(NetworkMode mode, CalibrationPairs pairs, ModeSpeed current, NetworkStamp stamp) {
        CalibrationPairs.Fit fit = pairs.fit();
        ModeSpeed fitted;
        try {
            fitted = new ModeSpeed(Math.round(fit.speedKmh() * 100) / 100.0, Math.round(fit.circuity() * 1000) / 1000.0,
                    current.fixedMinutes(), source(mode, pairs.size(), stamp));
        } catch (IllegalArgumentException e) {
            throw new NetworkException(String.format(Locale.ROOT, "the %s fit on %s is not usable by the estimator"
                            + " (%.2f km/h, circuity %.3f, from %,d pairs): %s", mode.profileName(), stamp.osmFile(),
                    fit.speedKmh(), fit.circuity(), pairs.size(), e.getMessage()), e);
        }
        return new CalibrationMode(mode, pairs.size(), current, pairs.errors(current), fitted, pairs.errors(fitted));
    }

    private static String source(NetworkMode mode, int pairs, NetworkStamp stamp) {
        return String.format(Locale.ROOT, "fitted against road-network times (%s profile) on %s (SHA-256 %s), %,d"
                        + " area-site pairs within %.0f min; holds for that network's area", mode.profileName(),
                stamp.osmFile(), stamp.osmSha256().substring(0, Math.min(12, stamp.osmSha256().length())), pairs,
                LIMIT_MINUTES);
    }
}
