package org.nhsblueprint.dataset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.nhsblueprint.model.Service;
import org.nhsblueprint.model.ServiceId;
import org.nhsblueprint.model.TravelMode;

/**
 * Reads a service catalogue ({@code services.json}): each service's name, travel mode, time standard with its source,
 * and which sites offer it. Blueprint bundles a default catalogue; a dataset may carry its own. Every field is checked
 * here, so a catalogue the model would reject is a list of problems, never an exception. Stateless (static methods
 * only); thread-safe as long as each call has its own {@link Problems}.
 */
final class CatalogueFile {
    /** The catalogue bundled with Blueprint, used when a dataset does not name its own. */
    static final String BUNDLED = "services.json";
    /** The longest time standard a service may have: a day, as {@link Service} requires. */
    static final double MAX_STANDARD_MINUTES = 24 * 60;

    private CatalogueFile() {
    }

    static List<ServiceSpec> parse(String text, String file, Problems problems) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(text);
        } catch (JsonProcessingException e) {
            problems.add(file, e.getLocation() == null ? 0 : e.getLocation().getLineNr(), "", "",
                    "is not valid JSON: " + e.getOriginalMessage());
            return List.of();
        }
        JsonNode list = root.path("services");
        if (!list.isArray() || list.isEmpty()) {
            problems.add(file, 0, "services", "", "must be a non-empty list");
            return List.of();
        }
        List<ServiceSpec> specs = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            ServiceSpec spec = entry(list.get(i), "services[" + i + "].", file, problems);
            if (spec != null) {
                if (specs.stream().anyMatch(s -> s.service().id().equals(spec.service().id()))) {
                    problems.add(file, 0, "services[" + i + "].id", spec.service().id().value(), "appears twice");
                } else {
                    specs.add(spec);
                }
            }
        }
        return specs;
    }

    private static ServiceSpec entry(JsonNode n, String at, String file, Problems problems) {
        int before = problems.count();
        String id = n.path("id").asText("");
        if (!ServiceId.PATTERN.matcher(id).matches()) {
            problems.add(file, 0, at + "id", id, "is not a service id (lower-case letters, digits, '-' or '_')");
        }
        TravelMode mode = null;
        try {
            mode = TravelMode.fromId(n.path("mode").asText(""));
        } catch (IllegalArgumentException e) {
            problems.add(file, 0, at + "mode", n.path("mode").asText(""), e.getMessage());
        }
        JsonNode standard = n.path("standard_minutes");
        if (!standard.isNumber() || !(standard.asDouble() > 0 && standard.asDouble() <= MAX_STANDARD_MINUTES)) {
            problems.add(file, 0, at + "standard_minutes", standard.asText(""),
                    "must be a number of minutes more than 0 and at most 1440 (a day)");
        }
        String source = n.path("standard_source").asText("");
        if (source.isBlank()) {
            problems.add(file, 0, at + "standard_source", "", "must say where the time standard comes from");
        }
        String name = n.path("name").asText("");
        if (name.isBlank()) {
            problems.add(file, 0, at + "name", "", "is missing");
        }
        OfferedBy offered = OfferedBy.read(n.path("offered_by"), at + "offered_by.", file, problems);
        if (problems.count() > before) {
            return null;
        }
        try {
            return new ServiceSpec(new Service(new ServiceId(id), name, mode, standard.asDouble(), source),
                    offered.table(), offered.where(), offered.values());
        } catch (IllegalArgumentException e) {
            problems.add(file, 0, at.substring(0, at.length() - 1), id, "cannot be used: " + e.getMessage());
            return null;
        }
    }
}
