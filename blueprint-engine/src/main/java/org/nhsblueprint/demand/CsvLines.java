package org.nhsblueprint.demand;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits already-read CSV lines (RFC 4180 quoting: fields may be wrapped in double quotes, a doubled quote inside is
 * one quote; no line breaks inside fields) and reports errors by file, line and column. Stateless and thread-safe.
 */
final class CsvLines {
    private CsvLines() {
    }

    /** The fields of one line; {@code lineNumber} is 1-based and used only in error messages. */
    static List<String> split(String line, String file, int lineNumber) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '"' && field.length() == 0 && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else if (wasQuoted) {
                throw new IllegalArgumentException(file + " line " + lineNumber + ": text after a closing quote in field "
                        + (fields.size() + 1) + ": " + line);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException(file + " line " + lineNumber + ": unclosed quote: " + line);
        }
        fields.add(field.toString());
        return fields;
    }

    /** Checks the header is exactly {@code expected}. */
    static void requireHeader(List<String> lines, String file, List<String> expected) {
        if (lines.isEmpty()) {
            throw new IllegalArgumentException(file + " is empty; expected the header " + String.join(",", expected));
        }
        List<String> header = split(stripBom(lines.get(0)), file, 1).stream().map(String::trim).toList();
        if (!header.equals(expected)) {
            throw new IllegalArgumentException(file + " line 1: header " + header + ", expected " + expected);
        }
    }

    /** The fields of data line {@code index} (0-based in {@code lines}), checked for the column count. */
    static List<String> row(List<String> lines, int index, String file, int columns) {
        List<String> fields = split(lines.get(index), file, index + 1);
        if (fields.size() != columns) {
            throw new IllegalArgumentException(file + " line " + (index + 1) + ": " + fields.size()
                    + " fields, expected " + columns + ": " + lines.get(index));
        }
        return fields;
    }

    /** A non-negative finite number from {@code column}, or an error naming file, line, column and value. */
    static double number(String value, String file, int lineNumber, String column) {
        double x;
        try {
            x = Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(file + " line " + lineNumber + " column " + column + ": '" + value
                    + "' is not a number", e);
        }
        if (!(x >= 0 && Double.isFinite(x))) {
            throw new IllegalArgumentException(file + " line " + lineNumber + " column " + column + ": " + value
                    + " is not a finite non-negative number");
        }
        return x;
    }

    static boolean blank(String line) {
        return line.isBlank();
    }

    private static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }
}
