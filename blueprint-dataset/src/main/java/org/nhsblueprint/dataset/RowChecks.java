package org.nhsblueprint.dataset;

import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.nhsblueprint.model.GeoPoint;

/**
 * Reads typed values from the rows of one table, recording a problem (file, line, column, value) for every value that
 * is missing or malformed and returning null for it. Holds no state of its own; mutable only through the shared
 * {@link Problems}, so used by one load on one thread.
 */
final class RowChecks {
    /** How messages describe the only check {@link GeoPoint#isInGreatBritain()} makes. */
    static final String GB_BOX = "the bounding box of Great Britain (latitude 49.8 to 61.0, longitude -8.7 to 1.9)";

    private final CsvTable table;
    private final Problems problems;

    RowChecks(CsvTable table, Problems problems) {
        this.table = table;
        this.problems = problems;
    }

    void problem(CsvTable.Row row, String column, String value, String message) {
        problems.add(table.name(), row.line(), column, value, message);
    }

    /** A code matching {@code pattern}, built by {@code make}; null (with a problem) otherwise. */
    <T> T code(CsvTable.Row row, String column, Pattern pattern, String what, Function<String, T> make) {
        String v = row.get(column);
        if (v.isEmpty()) {
            problem(row, column, "", "is empty (expected " + what + ")");
            return null;
        }
        if (!pattern.matcher(v).matches()) {
            problem(row, column, v, "is not a well-formed " + what + " (expected " + pattern.pattern() + ")");
            return null;
        }
        try {
            return make.apply(v);
        } catch (IllegalArgumentException e) {
            problem(row, column, v, "cannot be used: " + e.getMessage());
            return null;
        }
    }

    /** A whole number of at least zero; null (with a problem) otherwise. */
    Integer count(CsvTable.Row row, String column, String what) {
        String v = row.get(column);
        try {
            long n = Long.parseLong(v);
            if (n < 0) {
                problem(row, column, v, "is negative (" + what + " must be zero or more)");
                return null;
            }
            if (n > Integer.MAX_VALUE) {
                problem(row, column, v, "is too large for " + what);
                return null;
            }
            return (int) n;
        } catch (NumberFormatException e) {
            problem(row, column, v, v.isEmpty() ? "is empty (expected " + what + ", a whole number)"
                    : "is not a whole number (" + what + ")");
            return null;
        }
    }

    /** A whole number in [min, max]. */
    Integer integerIn(CsvTable.Row row, String column, int min, int max, String what) {
        Integer n = count(row, column, what);
        if (n != null && (n < min || n > max)) {
            problem(row, column, row.get(column), "is outside " + min + "-" + max + " (" + what + ")");
            return null;
        }
        return n;
    }

    /**
     * A WGS84 point inside the bounding box of Great Britain. Only a box: it catches swapped or mistyped coordinates,
     * not places just across the sea (Dublin and Calais are inside it); the loader's district and region checks do
     * that.
     */
    GeoPoint point(CsvTable.Row row, String latColumn, String lonColumn) {
        Double lat = number(row, latColumn, "latitude");
        Double lon = number(row, lonColumn, "longitude");
        if (lat == null || lon == null) {
            return null;
        }
        if (!(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180)
                || !new GeoPoint(lat, lon).isInGreatBritain()) {
            problem(row, latColumn + "/" + lonColumn, row.get(latColumn) + "," + row.get(lonColumn),
                    "is outside " + GB_BOX);
            return null;
        }
        return new GeoPoint(lat, lon);
    }

    /**
     * Builds a model value from values already checked; if its constructor still rejects them, the
     * {@link IllegalArgumentException} becomes a problem on this row (never an exception that names no file).
     */
    <T> T build(CsvTable.Row row, Supplier<T> make) {
        try {
            return make.get();
        } catch (IllegalArgumentException e) {
            problem(row, "", "", "cannot be used: " + e.getMessage());
            return null;
        }
    }

    private Double number(CsvTable.Row row, String column, String what) {
        String v = row.get(column);
        try {
            double d = Double.parseDouble(v);
            if (!Double.isFinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            problem(row, column, v, v.isEmpty() ? "is empty (expected a " + what + ")" : "is not a number (" + what + ")");
            return null;
        }
    }
}
