package org.nhsblueprint.travel;

import java.util.List;
import java.util.stream.IntStream;
import org.nhsblueprint.model.GeoPoint;
import org.nhsblueprint.model.TravelMode;

/**
 * Travel times estimated from great-circle distance: {@code minutes = fixed + distance x circuity / speed} per mode
 * ({@link EstimateParameters}). Because time rises with distance, the quickest site is the closest one, so reach
 * queries go through a {@link KdTreeIndex} over the destinations rather than every pair.
 *
 * <p>Immutable and thread-safe. Results do not depend on the number of threads: each origin is computed on its own.
 */
public final class GreatCircleEstimate implements TravelTimes {
    private final EstimateParameters parameters;

    public GreatCircleEstimate(EstimateParameters parameters) {
        this.parameters = parameters;
    }

    @Override
    public double minutes(GeoPoint from, GeoPoint to, TravelMode mode) {
        double[] a = new double[3];
        double[] b = new double[3];
        UnitVectors.put(from, a, 0);
        UnitVectors.put(to, b, 0);
        double dx = a[0] - b[0];
        double dy = a[1] - b[1];
        double dz = a[2] - b[2];
        return parameters.mode(mode).minutes(UnitVectors.metres(dx * dx + dy * dy + dz * dz));
    }

    @Override
    public Reach reach(List<GeoPoint> origins, List<GeoPoint> destinations, TravelMode mode, int nearest,
                       double withinMinutes) {
        return reach(origins, new KdTreeIndex(UnitVectors.of(destinations)), mode, nearest, withinMinutes);
    }

    /** The same query over a prepared index (the benchmark swaps in {@link AllPairsScan}). */
    public Reach reach(List<GeoPoint> origins, PointIndex index, TravelMode mode, int nearest, double withinMinutes) {
        ModeSpeed speed = parameters.mode(mode);
        double withinMetres = speed.metresWithin(withinMinutes);
        double withinChord2 = withinMetres < 0 ? -1 : UnitVectors.chordSquared(withinMetres);
        double[] from = UnitVectors.of(origins);
        int n = origins.size();
        int[] destination = new int[n * nearest];
        double[] minutes = new double[n * nearest];
        int[] within = new int[n];
        IntStream.range(0, n).parallel().forEach(o -> {
            int[] idx = new int[nearest];
            double[] d2 = new double[nearest];
            double x = from[3 * o];
            double y = from[3 * o + 1];
            double z = from[3 * o + 2];
            int found = index.nearest(x, y, z, idx, d2);
            for (int r = 0; r < nearest; r++) {
                destination[o * nearest + r] = r < found ? idx[r] : -1;
                minutes[o * nearest + r] = r < found ? speed.minutes(UnitVectors.metres(d2[r])) : Double.NaN;
            }
            int count = withinChord2 < 0 ? 0 : index.countWithin(x, y, z, withinChord2);
            // the count and the ranked minutes come from different roundings; make them agree at the boundary
            for (int r = 0; r < found; r++) {
                if (minutes[o * nearest + r] <= withinMinutes) {
                    count = Math.max(count, r + 1);
                } else {
                    count = Math.min(count, r);
                    break;
                }
            }
            within[o] = count;
        });
        return new Reach(n, nearest, withinMinutes, destination, minutes, within);
    }

    @Override
    public String describe(TravelMode mode) {
        ModeSpeed s = parameters.mode(mode);
        return String.format(java.util.Locale.ROOT,
                "Estimated from straight-line (great-circle) distance: %s at %.1f km/h along a route %.2f times"
                        + " the straight line%s. Sources: %s.",
                mode.id().replace('_', ' '), s.speedKmh(), s.circuity(),
                s.fixedMinutes() > 0 ? String.format(java.util.Locale.ROOT, ", plus %.0f min fixed", s.fixedMinutes()) : "",
                s.source());
    }
}
