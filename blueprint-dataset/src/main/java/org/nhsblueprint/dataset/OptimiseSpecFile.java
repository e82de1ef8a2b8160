package org.nhsblueprint.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.nhsblueprint.model.OptimiseSpec;
import org.nhsblueprint.model.ServiceId;
import org.nhsblueprint.model.SiteCode;

/**
 * Reads a location question (YAML; see {@code docs/optimisation.md}). Every fault becomes a problem naming the file
 * and field; all are reported together as a {@link DatasetException}. Stateless.
 */
public final class OptimiseSpecFile {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> FIELDS = Set.of("name", "description", "dataset", "service", "candidates", "p",
            "standard_minutes", "min_volume", "fixed", "forbidden", "choose", "scenario");

    public OptimiseSpec read(Path file) {
        String name = file.toString();
        Problems problems = new Problems();
        JsonNode root;
        try {
            root = YAML.readTree(Files.readString(file));
        } catch (IOException e) {
            problems.add(name, 0, "", "", "cannot be read as YAML: " + e.getMessage().lines().findFirst().orElse(""));
            throw new DatasetException("optimisation spec", name, problems.all());
        }
        if (root == null || !root.isObject()) {
            problems.add(name, 1, "", "", "must be a YAML mapping (name, dataset, service, candidates, p, ...)");
            throw new DatasetException("optimisation spec", name, problems.all());
        }
        root.fieldNames().forEachRemaining(f -> {
            if (!FIELDS.contains(f)) {
                problems.add(name, 0, f, "", "is not a field (" + String.join(", ", new TreeSet<>(FIELDS)) + ")");
            }
        });
        String title = text(root, "name", name, problems, true);
        ServiceId service = service(root.path("service"), "service", name, problems);
        ServiceId offering = service(root.path("candidates").path("offering"), "candidates.offering", name, problems);
        List<Integer> ps = new ArrayList<>();
        JsonNode p = root.path("p");
        if (p.isInt()) {
            ps.add(p.asInt());
        } else if (p.isArray()) {
            p.forEach(v -> ps.add(v.asInt()));
        } else if (p.isObject() && p.path("from").isInt() && p.path("to").isInt()) {
            for (int k = p.get("from").asInt(); k <= p.get("to").asInt(); k++) {
                ps.add(k);
            }
        }
        if (ps.isEmpty() || ps.stream().anyMatch(k -> k < 1) || ps.size() > 500) {
            problems.add(name, 0, "p", p.toString(), "must be a number of sites, a list, or {from: A, to: B}, each"
                    + " 1 or more");
        }
        double standard = number(root.path("standard_minutes"), Double.NaN, "standard_minutes", name, problems);
        double min = root.path("min_volume").isTextual() && root.path("min_volume").asText().equals("dataset")
                ? OptimiseSpec.DATASET_MINIMUM : number(root.path("min_volume"), Double.NaN, "min_volume", name,
                problems);
        double share = number(root.path("choose").path("min_share_within"), 0, "choose.min_share_within", name,
                problems);
        if (share > 1) {
            problems.add(name, 0, "choose.min_share_within", String.valueOf(share), "is a share, 0 to 1");
        }
        JsonNode scenario = root.path("scenario");
        String kind = scenario.path("kind").asText("centralise");
        if (!kind.equals("centralise") && !kind.equals("convert")) {
            problems.add(name, 0, "scenario.kind", kind, "must be centralise or convert");
        }
        Set<ServiceId> add = new LinkedHashSet<>();
        scenario.path("add").forEach(v -> {
            ServiceId s = service(v, "scenario.add", name, problems);
            if (s != null) {
                add.add(s);
            }
        });
        Map<ServiceId, Double> capacity = new LinkedHashMap<>();
        scenario.path("capacity").fields().forEachRemaining(e -> {
            ServiceId s = service(new com.fasterxml.jackson.databind.node.TextNode(e.getKey()), "scenario.capacity",
                    name, problems);
            double c = number(e.getValue(), Double.NaN, "scenario.capacity." + e.getKey(), name, problems);
            if (s != null && c >= 0) {
                capacity.put(s, c);
            }
        });
        if (kind.equals("convert") && add.isEmpty()) {
            problems.add(name, 0, "scenario.add", "", "a convert scenario must list the services to add");
        }
        if (!problems.isEmpty()) {
            throw new DatasetException("optimisation spec", name, problems.all());
        }
        return new OptimiseSpec(title, root.path("description").asText(""), root.path("dataset").asText(null),
                service, offering, ps, standard, min, codes(root.path("fixed"), "fixed", name, problems),
                codes(root.path("forbidden"), "forbidden", name, problems), share, kind.equals("convert"), add,
                capacity, name);
    }

    private static String text(JsonNode root, String field, String file, Problems problems, boolean required) {
        String v = root.path(field).asText("");
        if (required && v.isBlank()) {
            problems.add(file, 0, field, "", "is missing");
        }
        return v;
    }

    private static ServiceId service(JsonNode v, String field, String file, Problems problems) {
        try {
            return new ServiceId(v.asText(""));
        } catch (IllegalArgumentException e) {
            problems.add(file, 0, field, v.asText(""), "is not a service id");
            return null;
        }
    }

    private static double number(JsonNode v, double otherwise, String field, String file, Problems problems) {
        if (v.isMissingNode() || v.isNull()) {
            return otherwise;
        }
        if (!v.isNumber() || v.asDouble() < 0) {
            problems.add(file, 0, field, v.asText(""), "must be a number, zero or more");
            return otherwise;
        }
        return v.asDouble();
    }

    private static List<SiteCode> codes(JsonNode list, String field, String file, Problems problems) {
        List<SiteCode> out = new ArrayList<>();
        list.forEach(v -> {
            try {
                out.add(new SiteCode(v.asText()));
            } catch (IllegalArgumentException e) {
                problems.add(file, 0, field, v.asText(), "is not a site code");
            }
        });
        return out;
    }
}
