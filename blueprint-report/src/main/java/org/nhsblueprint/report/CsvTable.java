package org.nhsblueprint.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A table written as RFC 4180 CSV: a header row, then rows; fields containing a comma, double quote, carriage return
 * or line feed are quoted, with quotes doubled; records end in CRLF. Mutable while rows are added, not thread-safe.
 */
final class CsvTable {
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    CsvTable(String... header) {
        this.header = List.of(header);
    }

    /** Adds a row; fields are written with {@link String#valueOf(Object)}, null as an empty field. */
    CsvTable row(Object... fields) {
        if (fields.length != header.size()) {
            throw new IllegalArgumentException("row has " + fields.length + " fields but the header has "
                    + header.size() + " " + header);
        }
        List<String> row = new ArrayList<>(fields.length);
        for (Object f : fields) {
            row.add(f == null ? "" : String.valueOf(f));
        }
        rows.add(row);
        return this;
    }

    int rowCount() {
        return rows.size();
    }

    /** A number with a fixed number of decimals, rounded half up; empty when it does not apply (NaN). */
    static String decimal(double value, int decimals) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%." + decimals + "f", value) : "";
    }

    /** One field, quoted if RFC 4180 requires it. */
    static String field(String value) {
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\r') >= 0
                || value.indexOf('\n') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    /** The whole table, header first. */
    String text() {
        StringBuilder b = new StringBuilder();
        append(b, header);
        rows.forEach(r -> append(b, r));
        return b.toString();
    }

    private static void append(StringBuilder b, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append(field(fields.get(i)));
        }
        b.append("\r\n");
    }
}
