package org.nhsblueprint.dataset;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.nhsblueprint.model.Service;

/**
 * A catalogue entry: a service and which sites offer it, as a site table and column values a row must have, with the
 * values each of those columns may hold. Immutable and thread-safe.
 *
 * @param table  the id of the site table whose rows offer the service (every file with that id)
 * @param where  column name to required value; empty means every row of the table offers the service
 * @param values column name (one of {@code where}'s) to the values every row of the table must hold in it; a column
 *               not listed here may hold anything
 */
record ServiceSpec(Service service, String table, Map<String, String> where, Map<String, List<String>> values) {
    ServiceSpec {
        Objects.requireNonNull(service, "service");
        if (table == null || table.isBlank()) {
            throw new IllegalArgumentException("service " + service.id() + " names no site table (was '" + table
                    + "')");
        }
        where.forEach((column, value) -> Objects.requireNonNull(value, "value required in column " + column));
        where = Collections.unmodifiableMap(new LinkedHashMap<>(where));
        Map<String, List<String>> copy = new LinkedHashMap<>();
        values.forEach((column, allowed) -> copy.put(column, List.copyOf(allowed)));
        values = Collections.unmodifiableMap(copy);
        for (Map.Entry<String, List<String>> e : values.entrySet()) {
            String required = where.get(e.getKey());
            if (required == null) {
                throw new IllegalArgumentException("service " + service.id() + " lists values for column '"
                        + e.getKey() + "', which its where rule does not mention");
            }
            if (!e.getValue().contains(required)) {
                throw new IllegalArgumentException("service " + service.id() + " requires '" + required
                        + "' in column '" + e.getKey() + "', which is not among its allowed values " + e.getValue());
            }
        }
    }

    boolean offeredBy(String tableId, CsvTable.Row row) {
        return table.equals(tableId)
                && where.entrySet().stream().allMatch(e -> row.get(e.getKey()).equals(e.getValue()));
    }
}
