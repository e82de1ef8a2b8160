package org.nhsblueprint.dataset;

/**
 * One thing wrong with one value in one file. Immutable and thread-safe.
 *
 * @param file   the file, as the user would find it (relative to the dataset folder where possible)
 * @param line   1-based line number; 0 when the problem is not tied to a line (a missing file)
 * @param field  the column or field name; empty when the whole line or file is wrong
 * @param value  the offending value as read; empty when there is none
 */
public record DataProblem(String file, long line, String field, String value, String message) {
    public DataProblem {
        if (file == null || file.isBlank()) {
            throw new IllegalArgumentException("a data problem must name its file (was '" + file + "')");
        }
        if (line < 0) {
            throw new IllegalArgumentException("line " + line + " of " + file + " is negative");
        }
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("a data problem in " + file + " has no message");
        }
        field = field == null ? "" : field;
        value = value == null ? "" : value;
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(file);
        if (line > 0) {
            s.append(':').append(line);
        }
        s.append(": ");
        if (!field.isEmpty()) {
            s.append(field).append(' ');
        }
        if (!value.isEmpty()) {
            s.append('\'').append(value).append("' ");
        }
        return s.append(message).toString().replace(" :", ":");
    }
}
