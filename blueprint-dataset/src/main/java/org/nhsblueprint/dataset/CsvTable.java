package org.nhsblueprint.dataset;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file read whole (RFC 4180, UTF-8, header row), with the line number of every row. Rows whose field count
 * differs from the header's, and files that cannot be parsed, become problems rather than exceptions. Immutable once
 * read, and so thread-safe.
 */
final class CsvTable {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).build();

    private final String name;
    private final List<String> header;
    private final List<Row> rows;
    private final int records;

    private CsvTable(String name, List<String> header, List<Row> rows, int records) {
        this.name = name;
        this.header = List.copyOf(header);
        this.rows = List.copyOf(rows);
        this.records = records;
    }

    /**
     * One data row; {@code get} returns the trimmed value or "" for a missing column. Immutable.
     *
     * @param line the 1-based line the row starts on
     */
    record Row(long line, Map<String, String> values) {
        Row {
            if (line < 1) {
                throw new IllegalArgumentException("row line " + line + " is not 1 or more");
            }
            values = Map.copyOf(values);
        }

        String get(String column) {
            String v = values.get(column);
            return v == null ? "" : v.trim();
        }
    }

    /** Reads the file; returns null (with problems recorded) if it cannot be read at all. */
    static CsvTable read(Path path, String name, Problems problems) {
        if (!Files.isRegularFile(path)) {
            problems.add(name, 0, "", "", "file not found (looked for " + path.toAbsolutePath() + ")");
            return null;
        }
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8);
             CSVParser parser = FORMAT.parse(reader)) {
            List<String> header = new ArrayList<>();
            for (String h : parser.getHeaderNames()) {
                header.add(header.isEmpty() ? h.replace("\uFEFF", "").trim() : h.trim());
            }
            List<Row> rows = new ArrayList<>();
            long lastLine = parser.getCurrentLineNumber();
            int records = 0;
            try {
                for (CSVRecord record : parser) {
                    long line = parser.getCurrentLineNumber();
                    lastLine = line;
                    records++;
                    if (record.size() != header.size()) {
                        problems.add(name, line, "", "", "has " + record.size() + " fields but the header has "
                                + header.size());
                        continue;
                    }
                    Map<String, String> values = new LinkedHashMap<>();
                    for (int i = 0; i < header.size(); i++) {
                        values.put(header.get(i), record.get(i));
                    }
                    rows.add(new Row(line, values));
                }
            } catch (UncheckedIOException | IllegalStateException e) {
                problems.add(name, lastLine + 1, "", "", "cannot be read as CSV from this line on: "
                        + rootMessage(e) + " (is a quote left open?)");
                return null;
            }
            return new CsvTable(name, header, rows, records);
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            problems.add(name, 1, "", "", "cannot be read as CSV: " + rootMessage(e));
            return null;
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    String name() {
        return name;
    }

    List<Row> rows() {
        return rows;
    }

    boolean has(String column) {
        return header.contains(column);
    }

    /** Records a problem for every required column the header lacks; true if all are present. */
    boolean requireColumns(Problems problems, List<String> required) {
        boolean ok = true;
        for (String column : required) {
            if (!has(column)) {
                problems.add(name, 1, column, "", "required column is missing (header has: "
                        + String.join(", ", header) + ")");
                ok = false;
            }
        }
        return ok;
    }

    /**
     * Records a problem if the file has a header but no data rows at all; true if it has at least one (rows rejected
     * for their field count have a problem of their own).
     */
    boolean requireRows(Problems problems) {
        if (records == 0) {
            problems.add(name, 0, "", "", "has no data rows (only a header)");
            return false;
        }
        return true;
    }
}
