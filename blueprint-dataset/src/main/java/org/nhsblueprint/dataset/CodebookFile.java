package org.nhsblueprint.dataset;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.nhsblueprint.model.Codebook;
import org.nhsblueprint.model.ServiceId;

/**
 * Reads a consultation codebook (YAML; see {@code docs/consultation.md}): {@code name}, and {@code themes}, each with
 * {@code name}, {@code description}, {@code phrases}, optional {@code unless}, {@code we_did} and
 * {@code evidence: {service: ID}}. Every fault becomes a problem naming the file, line and field; all are reported
 * together as a {@link DatasetException}. Stateless.
 */
public final class CodebookFile {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> THEME_FIELDS = Set.of("name", "description", "phrases", "unless", "we_did",
            "evidence");

    public Codebook read(Path file) {
        String name = file.toString();
        Problems problems = new Problems();
        String title = "";
        List<Codebook.Theme> themes = new ArrayList<>();
        try (JsonParser p = YAML.getFactory().createParser(file.toFile())) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                problems.add(name, line(p), "", "", "must be a YAML mapping with name and themes");
                throw new DatasetException("codebook", name, problems.all());
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                int at = line(p);
                p.nextToken();
                if (field.equals("name")) {
                    title = p.getValueAsString("");
                } else if (field.equals("themes") && p.currentToken() == JsonToken.START_ARRAY) {
                    Map<String, Integer> seen = new HashMap<>();
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        int themeLine = line(p);
                        Codebook.Theme t = theme(p.readValueAsTree(), name, themeLine, problems);
                        if (t != null) {
                            Integer first = seen.putIfAbsent(t.name(), themeLine);
                            if (first != null) {
                                problems.add(name, themeLine, "themes.name", t.name(), "repeats the theme on line "
                                        + first);
                            } else {
                                themes.add(t);
                            }
                        }
                    }
                    if (p.currentToken() != JsonToken.END_ARRAY) {
                        problems.add(name, line(p), "themes", "", "every theme must be a mapping");
                        p.skipChildren();
                    }
                } else if (field.equals("themes")) {
                    problems.add(name, at, "themes", "", "must be a list of themes");
                    p.skipChildren();
                } else {
                    problems.add(name, at, field, "", "is not a field (name, themes)");
                    p.skipChildren();
                }
            }
        } catch (JsonProcessingException e) {
            problems.add(name, e.getLocation() == null ? 0 : e.getLocation().getLineNr(), "", "",
                    "is not valid YAML: " + e.getOriginalMessage().lines().findFirst().orElse(""));
        } catch (IOException e) {
            problems.add(name, 0, "", "", "cannot be read: " + e.getMessage());
        }
        if (title.isBlank()) {
            problems.add(name, 1, "name", "", "is missing");
        }
        if (themes.isEmpty() && problems.isEmpty()) {
            problems.add(name, 1, "themes", "", "must list at least one theme");
        }
        if (!problems.isEmpty()) {
            throw new DatasetException("codebook", name, problems.all());
        }
        return new Codebook(title, themes);
    }

    private static Codebook.Theme theme(JsonNode t, String file, int line, Problems problems) {
        int before = problems.all().size();
        t.fieldNames().forEachRemaining(f -> {
            if (!THEME_FIELDS.contains(f)) {
                problems.add(file, line, "themes." + f, "", "is not a theme field ("
                        + String.join(", ", new TreeSet<>(THEME_FIELDS)) + ")");
            }
        });
        String themeName = t.path("name").asText("").trim();
        if (themeName.isEmpty()) {
            problems.add(file, line, "themes.name", "", "is missing");
        }
        List<String> phrases = phrases(t.path("phrases"), "themes.phrases", file, line, problems);
        if (phrases.isEmpty() && t.path("phrases").isArray()) {
            problems.add(file, line, "themes.phrases", "", "must list at least one phrase");
        }
        List<String> unless = t.has("unless") ? phrases(t.get("unless"), "themes.unless", file, line, problems)
                : List.of();
        Optional<ServiceId> evidence = Optional.empty();
        if (t.has("evidence")) {
            String service = t.path("evidence").path("service").asText("");
            try {
                evidence = Optional.of(new ServiceId(service));
            } catch (IllegalArgumentException e) {
                problems.add(file, line, "themes.evidence.service", service, "is not a service id");
            }
        }
        if (problems.all().size() > before) {
            return null;
        }
        return new Codebook.Theme(themeName, t.path("description").asText(""), phrases, unless,
                t.path("we_did").asText(""), evidence);
    }

    private static List<String> phrases(JsonNode list, String field, String file, int line, Problems problems) {
        List<String> out = new ArrayList<>();
        if (!list.isArray()) {
            problems.add(file, line, field, list.asText(""), "must be a list of phrases");
            return out;
        }
        list.forEach(v -> {
            if (!v.isTextual() || v.asText().isBlank()) {
                problems.add(file, line, field, v.toString(), "must be a non-blank phrase");
            } else {
                out.add(v.asText().trim());
            }
        });
        return out;
    }

    private static int line(JsonParser p) {
        return p.currentTokenLocation().getLineNr();
    }
}
