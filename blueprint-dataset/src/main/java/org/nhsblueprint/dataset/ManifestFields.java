package org.nhsblueprint.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import org.nhsblueprint.model.DataSource;

/**
 * Reads the fields of {@code manifest.json}, recording a problem (naming the field by its JSON path) for each one that
 * is missing or of the wrong type and returning null or a default for it. Holds no state of its own; mutable only
 * through the shared {@link Problems}, so used by one load on one thread.
 */
record ManifestFields(String file, Problems problems) {
    ManifestFields {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(problems, "problems");
    }

    /** A non-blank text value; null (with a problem) otherwise. */
    String text(JsonNode node, String prefix, String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            problems.add(file, 0, prefix + field, v == null || v.isTextual() ? "" : v.toString(),
                    "is missing or not a text value");
            return null;
        }
        return v.asText();
    }

    /** An optional {@code true}/{@code false}; false when absent, false (with a problem) when not a boolean. */
    boolean flag(JsonNode node, String prefix, String field) {
        JsonNode v = node.get(field);
        if (v == null) {
            return false;
        }
        if (!v.isBoolean()) {
            problems.add(file, 0, prefix + field, v.toString(), "must be true or false");
            return false;
        }
        return v.booleanValue();
    }

    /** A required object naming a file and its provenance; null (with a problem) otherwise. */
    Manifest.Table table(JsonNode parent, String field) {
        JsonNode node = parent.get(field);
        if (node == null || !node.isObject()) {
            problems.add(file, 0, field, "", "is missing or not an object with file, title, publisher, vintage, licence");
            return null;
        }
        return tableAt(node, field + ".");
    }

    /** The file and provenance fields of an object; null (with a problem) when file or title is missing. */
    Manifest.Table tableAt(JsonNode node, String prefix) {
        String path = text(node, prefix, "file");
        String title = text(node, prefix, "title");
        if (path == null || title == null) {
            return null;
        }
        return new Manifest.Table(path, new DataSource(title, path, node.path("publisher").asText(""),
                node.path("vintage").asText(""), node.path("licence").asText("")));
    }
}
