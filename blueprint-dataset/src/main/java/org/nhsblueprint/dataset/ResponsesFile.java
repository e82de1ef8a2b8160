package org.nhsblueprint.dataset;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.nhsblueprint.model.ConsultationResponse;

/**
 * Reads consultation responses through a column mapping, from CSV (RFC 4180, UTF-8, header row; quoted fields may
 * span lines), a JSON array of objects ({@code .json}) or JSON lines, one object per line ({@code .jsonl},
 * {@code .ndjson}). Every missing column or field, non-text JSON value, blank id and repeated id is a problem naming
 * the file, line and column; all are reported together and no responses are returned if there is any. Stateless.
 */
public final class ResponsesFile {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Which columns (CSV) or fields (JSON) hold what; {@code typeColumn}, {@code areaColumn} and {@code ageColumn} may
     * be null, {@code questionColumns} empty.
     */
    public record Mapping(String idColumn, String textColumn, String typeColumn, String areaColumn, String ageColumn,
                          List<String> questionColumns) {
        public Mapping {
            questionColumns = List.copyOf(questionColumns);
        }

        /** Without an age column. */
        public Mapping(String idColumn, String textColumn, String typeColumn, String areaColumn,
                       List<String> questionColumns) {
            this(idColumn, textColumn, typeColumn, areaColumn, null, questionColumns);
        }

        List<String> columns() {
            List<String> out = new ArrayList<>(List.of(idColumn, textColumn));
            for (String c : new String[] {typeColumn, areaColumn, ageColumn}) {
                if (c != null) {
                    out.add(c);
                }
            }
            out.addAll(questionColumns);
            return out;
        }
    }

    /** One record's values by column, as text, and the line it starts on. */
    private record Record(long line, Map<String, String> values) {
        String get(String column) {
            return column == null ? "" : values.getOrDefault(column, "");
        }
    }

    /** @throws DatasetException listing every problem */
    public List<ConsultationResponse> read(Path file, Mapping mapping) {
        String name = file.toString();
        Problems problems = new Problems();
        String lower = name.toLowerCase(Locale.ROOT);
        List<Record> records = lower.endsWith(".json") ? readJsonArray(file, mapping, problems)
                : lower.endsWith(".jsonl") || lower.endsWith(".ndjson") ? readJsonLines(file, mapping, problems)
                : readCsv(file, mapping, problems);
        List<ConsultationResponse> out = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        for (Record r : records) {
            String id = r.get(mapping.idColumn()).trim();
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
            mapping.questionColumns().forEach(q -> answers.put(q, r.get(q).trim()));
            out.add(new ConsultationResponse(id, r.get(mapping.textColumn()), r.get(mapping.typeColumn()),
                    r.get(mapping.areaColumn()), r.get(mapping.ageColumn()), answers, r.line()));
        }
        if (!problems.isEmpty()) {
            throw new DatasetException("consultation responses", name, problems.all());
        }
        return out;
    }

    private static List<Record> readCsv(Path file, Mapping mapping, Problems problems) {
        CsvTable table = CsvTable.read(file, file.toString(), problems);
        List<Record> out = new ArrayList<>();
        if (table != null && table.requireColumns(problems, mapping.columns())) {
            for (CsvTable.Row r : table.rows()) {
                out.add(new Record(r.line(), r.values()));
            }
        }
        return out;
    }

    private static List<Record> readJsonArray(Path file, Mapping mapping, Problems problems) {
        String name = file.toString();
        List<Record> out = new ArrayList<>();
        try (JsonParser p = JSON.getFactory().createParser(file.toFile())) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                problems.add(name, p.currentLocation().getLineNr(), "", "",
                        "must be a JSON array of response objects");
                return out;
            }
            while (p.nextToken() == JsonToken.START_OBJECT) {
                long line = p.currentTokenLocation().getLineNr();
                out.add(record(name, line, p.readValueAsTree(), mapping, problems));
            }
            if (p.currentToken() != JsonToken.END_ARRAY) {
                problems.add(name, p.currentTokenLocation().getLineNr(), "", String.valueOf(p.currentToken()),
                        "every element of the array must be a response object");
            }
        } catch (JsonProcessingException e) {
            problems.add(name, e.getLocation() == null ? 0 : e.getLocation().getLineNr(), "", "",
                    "is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            problems.add(name, 0, "", "", "cannot be read: " + e.getMessage());
        }
        return out;
    }

    private static List<Record> readJsonLines(Path file, Mapping mapping, Problems problems) {
        String name = file.toString();
        List<Record> out = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            long line = 0;
            for (String text = in.readLine(); text != null; text = in.readLine()) {
                line++;
                if (text.isBlank()) {
                    continue;
                }
                try {
                    JsonNode node = JSON.readTree(text);
                    if (node == null || !node.isObject()) {
                        problems.add(name, line, "", "", "must be one JSON object per line");
                    } else {
                        out.add(record(name, line, node, mapping, problems));
                    }
                } catch (JsonProcessingException e) {
                    problems.add(name, line, "", "", "is not valid JSON: " + e.getOriginalMessage());
                }
            }
        } catch (IOException e) {
            problems.add(name, 0, "", "", "cannot be read: " + e.getMessage());
        }
        return out;
    }

    private static Record record(String name, long line, JsonNode node, Mapping mapping, Problems problems) {
        Map<String, String> values = new HashMap<>();
        for (String column : mapping.columns()) {
            JsonNode v = node.get(column);
            if (v == null) {
                problems.add(name, line, column, "", "is missing: the mapping names this field");
            } else if (v.isContainerNode()) {
                problems.add(name, line, column, v.toString(), "must be text, a number or null");
            } else {
                values.put(column, v.isNull() ? "" : v.asText());
            }
        }
        return new Record(line, values);
    }
}
