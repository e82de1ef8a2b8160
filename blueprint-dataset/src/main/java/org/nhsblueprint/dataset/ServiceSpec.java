package org.nhsblueprint.dataset;

import java.util.Map;
import org.nhsblueprint.model.Service;

/**
 * A catalogue entry: a service and which sites offer it, as a site table and column values a row must have.
 *
 * @param where column name to required value; empty means every row of the table offers the service
 */
record ServiceSpec(Service service, String table, Map<String, String> where) {
    ServiceSpec {
        where = Map.copyOf(where);
    }

    boolean offeredBy(String tableId, CsvTable.Row row) {
        return table.equals(tableId)
                && where.entrySet().stream().allMatch(e -> row.get(e.getKey()).equals(e.getValue()));
    }
}
