package org.nhsblueprint.network;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.nhsblueprint.travel.EstimateParameters;
import org.nhsblueprint.travel.ModeSpeed;

/**
 * The estimator calibrated against one road network: which OpenStreetMap file, how many origins and destinations,
 * the search limit, and per mode the parameters before and after with their errors. The fit holds for the network's
 * area and for journeys up to the limit; elsewhere it is an assumption. Immutable.
 *
 * @param osmFile      the OpenStreetMap file the network was built from (file name only)
 * @param osmSha256    that file's SHA-256, hex
 * @param origins      origin points offered (areas)
 * @param destinations destination points offered (sites)
 * @param limitMinutes pairs farther apart than this by road were not used
 * @param modes        one entry per calibrated mode, in {@link NetworkMode} order
 */
public record CalibrationReport(String osmFile, String osmSha256, int origins, int destinations, double limitMinutes,
                                List<CalibrationMode> modes) {
    public CalibrationReport {
        if (osmFile == null || osmFile.isBlank() || osmSha256 == null || osmSha256.isBlank()) {
            throw new IllegalArgumentException("the OpenStreetMap file and its SHA-256 are required, got '" + osmFile
                    + "' and '" + osmSha256 + "'");
        }
        if (origins < 0 || destinations < 0 || !(limitMinutes > 0)) {
            throw new IllegalArgumentException(origins + " origins, " + destinations + " destinations and a limit of "
                    + limitMinutes + " min: need counts of at least 0 and a positive limit");
        }
        modes = List.copyOf(modes);
        Set<NetworkMode> seen = EnumSet.noneOf(NetworkMode.class);
        for (CalibrationMode m : modes) {
            if (!seen.add(m.mode())) {
                throw new IllegalArgumentException("mode " + m.mode().profileName() + " is calibrated twice");
            }
        }
    }

    /** Pairs used, over all modes. */
    public long pairs() {
        return modes.stream().mapToLong(CalibrationMode::pairs).sum();
    }

    /** {@code base} with every calibrated mode's parameters replaced by the fitted ones; other modes unchanged. */
    public EstimateParameters parameters(EstimateParameters base) {
        EstimateParameters p = base;
        for (CalibrationMode m : modes) {
            p = p.with(m.travelMode(), m.fitted());
        }
        return p;
    }

    /** One line saying what the fit rests on, e.g. "fitted on camden.osm.pbf, 11,000 pairs (walk 2,700, ...)...". */
    public String summary() {
        return String.format(Locale.ROOT, "fitted on %s, %,d pairs (%s) of %,d areas and %,d sites within %s min by"
                        + " road; the parameters hold for this network's area", osmFile, pairs(),
                modes.stream().map(m -> String.format(Locale.ROOT, "%s %,d", m.travelMode().id(), m.pairs()))
                        .collect(Collectors.joining(", ")), origins, destinations, minutes(limitMinutes));
    }

    /** A plain-text table for a terminal: per mode, the current and fitted parameters and their errors. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("Estimator calibrated against road-network times: " + summary() + ".");
        lines.add("");
        lines.add(String.format(Locale.ROOT, "%-10s %7s  %-8s %10s %9s %9s %13s %10s %9s", "mode", "pairs",
                "", "speed km/h", "circuity", "fixed min", "median |err|", "P90 |err|", "bias"));
        for (CalibrationMode m : modes) {
            lines.add(row(m.travelMode().id(), String.format(Locale.ROOT, "%,d", m.pairs()), "current", m.current(),
                    m.currentError()));
            lines.add(row("", "", "fitted", m.fitted(), m.fittedError()));
        }
        lines.add("");
        lines.add("Errors are estimate minus network, in minutes, on the same pairs; bias > 0: the estimate is slower.");
        return lines;
    }

    private static String row(String mode, String pairs, String which, ModeSpeed s, CalibrationError e) {
        return String.format(Locale.ROOT, "%-10s %7s  %-8s %10.2f %9.3f %9.1f %13.2f %10.2f %+9.2f", mode, pairs, which,
                s.speedKmh(), s.circuity(), s.fixedMinutes(), e.medianAbsMinutes(), e.p90AbsMinutes(), e.biasMinutes());
    }

    private static String minutes(double m) {
        return m == Math.rint(m) ? Long.toString((long) m) : Double.toString(m);
    }
}
