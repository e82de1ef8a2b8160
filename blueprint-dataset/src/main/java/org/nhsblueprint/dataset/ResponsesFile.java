package org.nhsblueprint.dataset;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nhsblueprint.model.ConsultationResponse;

/**
 * Reads consultation responses from a CSV file (RFC 4180, UTF-8, header row; quoted fields may span lines) through a
 * column mapping. Every missing column, blank id and repeated id is a problem naming the file, line and column; all
 * are reported together and no responses are returned if there is any. Stateless.
 */
public final class ResponsesFile {
    /**
     * Which columns hold what; {@code typeColumn} and {@code areaColumn} may be null, {@code questionColumns} empty.
     */
    public record Mapping(String idColumn, String textColumn, String typeColumn, String areaColumn,
                          List<String> questionColumns) {
        public Mapping {
            questionColumns = List.copyOf(questionColumns);
        }
    }

    /** @throws DatasetException listing every problem */
    public List<ConsultationResponse> read(Path file, Mapping mapping) {
        String name = file.toString();
        Problems problems = new Problems();
        CsvTable table = CsvTable.read(file, name, problems);
        List<ConsultationResponse> out = new ArrayList<>();
        if (table != null) {
            List<String> needed = new ArrayList<>(List.of(mapping.idColumn(), mapping.textColumn()));
            if (mapping.typeColumn() != null) {
                needed.add(mapping.typeColumn());
            }
            if (mapping.areaColumn() != null) {
                needed.add(mapping.areaColumn());
            }
            needed.addAll(mapping.questionColumns());
            if (table.requireColumns(problems, needed)) {
                Map<String, Long> seen = new HashMap<>();
                for (CsvTable.Row r : table.rows()) {
                    String id = r.get(mapping.idColumn());
                    if (id.isEmpty()) {
                        problems.add(name, r.line(), mapping.idColumn(), "", "is blank: every response needs an id");
                        continue;
                    }
                    Long first = seen.putIfAbsent(id, r.line());
                    if (first != null) {
                        problems.add(name, r.line(), mapping.idColumn(), id, "repeats the id on line " + first);
                        continue;
                    }
                    Map<String, String> answers = new LinkedHashMap<>();
                    mapping.questionColumns().forEach(q -> answers.put(q, r.get(q)));
                    out.add(new ConsultationResponse(id, r.values().getOrDefault(mapping.textColumn(), ""),
                            mapping.typeColumn() == null ? "" : r.get(mapping.typeColumn()),
                            mapping.areaColumn() == null ? "" : r.get(mapping.areaColumn()), answers, r.line()));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new DatasetException("consultation responses", name, problems.all());
        }
        return out;
    }
}
