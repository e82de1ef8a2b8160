package org.nhsblueprint.dataset;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nhsblueprint.model.ServiceId;

/**
 * The service catalogue's rules for one site table (every file with that table id): the columns its {@code where}
 * rules read, the values its {@code values} lists allow in them, and which services a row offers. Immutable and
 * thread-safe.
 */
final class SiteRules {
    private final String tableId;
    private final String catalogueFile;
    private final List<ServiceSpec> services;
    /**
     * Column to allowed values, with the service whose rule lists them (the first, when several list the same); in
     * catalogue order, so problems come out in the same order every run.
     */
    private final Map<String, Map<List<String>, ServiceId>> allowed;

    private SiteRules(String tableId, String catalogueFile, List<ServiceSpec> services) {
        this.tableId = tableId;
        this.catalogueFile = catalogueFile;
        this.services = List.copyOf(services);
        Map<String, Map<List<String>, ServiceId>> byColumn = new LinkedHashMap<>();
        for (ServiceSpec s : this.services) {
            s.values().forEach((column, values) -> byColumn.computeIfAbsent(column, c -> new LinkedHashMap<>())
                    .putIfAbsent(values, s.service().id()));
        }
        Map<String, Map<List<String>, ServiceId>> copy = new LinkedHashMap<>();
        byColumn.forEach((column, lists) -> copy.put(column, Collections.unmodifiableMap(lists)));
        this.allowed = Collections.unmodifiableMap(copy);
    }

    /**
     * The rules of the catalogue services offered by the table {@code tableId}.
     *
     * @param catalogueFile the catalogue's name, for problems with its rules
     */
    static SiteRules of(List<ServiceSpec> catalogue, String catalogueFile, String tableId) {
        return new SiteRules(tableId, catalogueFile,
                catalogue.stream().filter(s -> s.table().equals(tableId)).toList());
    }

    /** Records a problem against the catalogue for each rule column the file lacks; true if it has them all. */
    boolean columnsPresent(CsvTable table, Problems problems) {
        boolean ok = true;
        for (ServiceSpec service : services) {
            for (String column : service.where().keySet()) {
                if (!table.has(column)) {
                    problems.add(catalogueFile, 0, "offered_by.where", column, "for service '"
                            + service.service().id() + "' names a column that " + table.name() + " does not have");
                    ok = false;
                }
            }
        }
        return ok;
    }

    /** Records a problem for each of the row's values that is not among those the catalogue allows in its column. */
    void checkValues(CsvTable.Row row, RowChecks check) {
        allowed.forEach((column, lists) -> {
            String value = row.get(column);
            lists.entrySet().stream().filter(e -> !e.getKey().contains(value)).findFirst().ifPresent(e ->
                    check.problem(row, column, value, "is not one of the values allowed in this column "
                            + e.getKey() + " (offered_by.values of service '" + e.getValue() + "' in " + catalogueFile
                            + ")"));
        });
    }

    /** The services the row offers: those whose every {@code where} value the row has. */
    Set<ServiceId> offeredBy(CsvTable.Row row) {
        Set<ServiceId> offered = new LinkedHashSet<>();
        for (ServiceSpec service : services) {
            if (service.offeredBy(tableId, row)) {
                offered.add(service.service().id());
            }
        }
        return offered;
    }
}
