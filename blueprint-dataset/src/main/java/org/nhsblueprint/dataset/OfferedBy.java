package org.nhsblueprint.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A catalogue entry's {@code offered_by} object as read and checked: the site table whose rows offer the service, the
 * column values a row must have ({@code where}), and optionally the values each of those columns may hold
 * ({@code values}), for example {@code {"table": "acute_sites", "where": {"hasu": "Y"}, "values": {"hasu": ["Y",
 * "N"]}}}. Immutable and thread-safe.
 */
record OfferedBy(String table, Map<String, String> where, Map<String, List<String>> values) {
    OfferedBy {
        if (table == null || table.isBlank()) {
            throw new IllegalArgumentException("offered_by names no site table (was '" + table + "')");
        }
        where = Collections.unmodifiableMap(new LinkedHashMap<>(where));
        Map<String, List<String>> copy = new LinkedHashMap<>();
        values.forEach((column, allowed) -> copy.put(column, List.copyOf(allowed)));
        values = Collections.unmodifiableMap(copy);
    }

    /**
     * Reads the object, recording a problem named by its JSON path (e.g. {@code services[1].offered_by.where}) for
     * each fault; null if there was any.
     */
    static OfferedBy read(JsonNode offered, String at, String file, Problems problems) {
        int before = problems.count();
        String table = offered.path("table").asText("");
        if (table.isBlank()) {
            problems.add(file, 0, at + "table", "", "must name the site table whose rows offer the service");
        }
        Map<String, String> where = new LinkedHashMap<>();
        JsonNode whereNode = offered.path("where");
        if (!whereNode.isMissingNode() && !whereNode.isObject()) {
            problems.add(file, 0, at + "where", whereNode.toString(), "must be an object of column: required value");
        }
        whereNode.fields().forEachRemaining(e -> {
            if (e.getValue().isValueNode() && !e.getValue().isNull()) {
                where.put(e.getKey(), e.getValue().asText());
            } else {
                problems.add(file, 0, at + "where." + e.getKey(), e.getValue().toString(),
                        "must be a text or number value");
            }
        });
        Map<String, List<String>> values = values(offered.path("values"), where, at, file, problems);
        return problems.count() > before ? null : new OfferedBy(table, where, values);
    }

    private static Map<String, List<String>> values(JsonNode node, Map<String, String> where, String at, String file,
                                                    Problems problems) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        if (!node.isMissingNode() && !node.isObject()) {
            problems.add(file, 0, at + "values", node.toString(),
                    "must be an object of column: list of allowed values");
            return values;
        }
        node.fields().forEachRemaining(e -> {
            String column = e.getKey();
            if (!where.containsKey(column)) {
                problems.add(file, 0, at + "values", column, "names a column that " + at + "where does not mention");
                return;
            }
            List<String> allowed = new ArrayList<>();
            e.getValue().forEach(v -> allowed.add(v.isValueNode() && !v.isNull() ? v.asText() : null));
            if (!e.getValue().isArray() || allowed.isEmpty() || allowed.contains(null)) {
                problems.add(file, 0, at + "values." + column, e.getValue().toString(),
                        "must be a non-empty list of the text or number values the column may hold");
            } else if (!allowed.contains(where.get(column))) {
                problems.add(file, 0, at + "where." + column, where.get(column),
                        "is not among the values " + at + "values allows for this column " + allowed);
            } else {
                values.put(column, allowed);
            }
        });
        return values;
    }
}
