package org.nhsblueprint.dataset;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.nhsblueprint.model.GeoPoint;
import org.nhsblueprint.model.ServiceId;
import org.nhsblueprint.model.SiteCode;
import org.nhsblueprint.model.Modification;
import org.nhsblueprint.model.Scenario;

/**
 * Reads a scenario file (YAML; see {@code docs/scenarios.md}): name, description, dataset, an optional base scenario
 * (a path relative to this file, or else to one of the reader's base folders; read first and its modifications put
 * first) and the ordered modifications. Every malformed entry becomes a problem naming the file and line; all are
 * reported together as a {@link DatasetException}. Immutable and thread-safe.
 */
public final class ScenarioFile {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> SCALARS = Set.of("name", "description", "dataset", "base");
    /** The fields each modification may have: anything else is a typo that would change what it does. */
    private static final java.util.Map<String, Set<String>> FIELDS = java.util.Map.of(
            "close", Set.of("site", "service"),
            "open", Set.of("code", "name", "lat", "lon", "services", "capacity"),
            "offer", Set.of("service", "at_sites_offering"),
            "centralise", Set.of("service", "onto"),
            "convert", Set.of("site", "name", "add", "remove", "capacity"),
            "capacity", Set.of("site", "service", "per_year"),
            "polyclinics", Set.of("model", "people_per_polyclinic", "from", "services", "capacity", "districts"));
    private static final String KINDS = "close, open, offer, centralise, convert, capacity, polyclinics";

    /**
     * A scenario, the dataset it names (as written, or null), and how many of its modifications come from its base
     * scenarios: the option is appraised against the state they leave.
     */
    public record Read(Scenario scenario, String dataset, int baseModifications, Simulation simulation) {
        /** A scenario read without a simulation section. */
        public Read(Scenario scenario, String dataset, int baseModifications) {
            this(scenario, dataset, baseModifications, null);
        }

        /** The base scenario's state as a scenario of its own (the dataset itself when there is no base). */
        public Scenario base() {
            return new Scenario(scenario.name() + " (base)", "", scenario.file(),
                    scenario.modifications().subList(0, baseModifications));
        }
    }

    /**
     * The scenario's {@code simulation} section: the shifts, assumptions and correlations it states, and whether it
     * takes the dataset's shifts ({@code shifts: dataset}), each reaching its full share over
     * {@code datasetShiftRampYears}.
     */
    public record Simulation(org.nhsblueprint.model.SimulationSpec spec, boolean datasetShifts, int datasetShiftRampYears) {
        /**
         * The whole simulation: this section with a dataset's inputs (its activity rates and assumptions, the
         * section's assumptions over them, and its shifts when the section asks for them).
         */
        public org.nhsblueprint.model.SimulationSpec with(SimulationFiles.Read data) {
            org.nhsblueprint.model.SimulationSpec s = spec;
            if (datasetShifts) {
                List<org.nhsblueprint.model.ActivityShift> shifts = new ArrayList<>();
                for (org.nhsblueprint.model.ActivityShift d : data.shifts()) {
                    shifts.add(new org.nhsblueprint.model.ActivityShift(d.id(), d.activity(), d.toService(), d.share(),
                            datasetShiftRampYears, d.source()));
                }
                shifts.addAll(s.shifts());
                s = new org.nhsblueprint.model.SimulationSpec(s.activities(), shifts, s.assumptions(),
                        s.correlations(), s.horizonYears(), s.acuteTable());
            }
            return s.withDataset(data.activities(), data.assumptions());
        }
    }


    /** Where a {@code base:} is looked for, and whether it must be a plain file name. */
    private final ScenarioBases bases;

    public ScenarioFile() {
        this(List.of());
    }

    /**
     * A reader for a workspace of scenarios, where a {@code base:} must be a plain file name (no folder, no
     * {@code ..}), looked for beside the scenario and then in each folder: so a scenario someone uploads reaches no
     * file outside the workspace.
     *
     * @param baseFolders folders where a {@code base:} not found beside the scenario is looked for next (a planner's
     *                    edited copy of a shipped scenario names its base as the shipped one does)
     */
    public ScenarioFile(List<Path> baseFolders) {
        this.bases = new ScenarioBases(baseFolders);
    }

    public Read read(Path file) {
        Problems problems = new Problems();
        List<Modification> modifications = new ArrayList<>();
        Simulation[] simulation = new Simulation[1];
        Read read = read(file, problems, modifications, new LinkedHashSet<>(), simulation);
        if (!problems.isEmpty()) {
            throw new DatasetException("scenario", bases.name(file), problems.all());
        }
        return new Read(read.scenario(), read.dataset(), read.baseModifications(), simulation[0]);
    }

    private Read read(Path file, Problems problems, List<Modification> into, Set<Path> chain) {
        return read(file, problems, into, chain, new Simulation[1]);
    }

    private Read read(Path file, Problems problems, List<Modification> into, Set<Path> chain,
                      Simulation[] simulation) {
        String name = bases.name(file);
        Path real = file.toAbsolutePath().normalize();
        if (!chain.add(real)) {
            problems.add(name, 0, "base", "", "makes a cycle of base scenarios: " + chain);
            return null;
        }
        if (!Files.isRegularFile(file)) {
            problems.add(name, 0, "", "", "scenario file not found");
            return null;
        }
        String title = null;
        String description = "";
        String dataset = null;
        int ownFrom = into.size();
        boolean modificationsSeen = false;
        try (JsonParser p = YAML.getFactory().createParser(file.toFile())) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                problems.add(name, line(p), "", "", "must be a YAML mapping with name, dataset and modifications");
                return null;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                int at = line(p);
                p.nextToken();
                if (!field.equals("modifications") && SCALARS.contains(field) && !p.currentToken().isScalarValue()) {
                    problems.add(name, at, field, "", "must be a single value, not a list or mapping");
                    p.skipChildren();
                    continue;
                }
                switch (field) {
                    case "name" -> title = p.getValueAsString();
                    case "description" -> description = p.getValueAsString("");
                    case "dataset" -> dataset = p.getValueAsString();
                    case "base" -> {
                        if (modificationsSeen) {
                            problems.add(name, at, "base", "", "must come before modifications");
                        }
                        String base = p.getValueAsString();
                        if (base == null || base.isBlank()) {
                            problems.add(name, at, "base", "", "must be the path of another scenario file");
                            continue;
                        }
                        if (!bases.allows(base)) {
                            problems.add(name, at, "base", base, ScenarioBases.REFUSED);
                            continue;
                        }
                        Path basePath = bases.resolve(file, base);
                        Read b = read(basePath, problems, into, chain);
                        if (b != null && dataset == null) {
                            dataset = b.dataset();
                        }
                        ownFrom = into.size();
                    }
                    case "modifications" -> {
                        modificationsSeen = true;
                        modifications(p, name, problems, into);
                    }
                    case "simulation" -> simulation[0] = ScenarioSimulationSection.read(YAML.readTree(p), name, at, problems);
                    default -> {
                        problems.add(name, at, field, "", "is not a scenario field (name, description, dataset, base,"
                                + " modifications, simulation)");
                        p.skipChildren();
                    }
                }
            }
            if (p.currentToken() != JsonToken.END_OBJECT) {
                problems.add(name, line(p), "", "", "has something other than a field where a field should be");
            }
        } catch (IOException e) {
            problems.add(name, 0, "", "", "is not valid YAML: " + e.getMessage().lines().findFirst().orElse(""));
            return null;
        }
        if (title == null || title.isBlank()) {
            problems.add(name, 1, "name", "", "is missing");
            title = name;
        }
        return new Read(new Scenario(title, description, name, into), dataset, ownFrom);
    }

    private static void modifications(JsonParser p, String file, Problems problems, List<Modification> into)
            throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            problems.add(file, line(p), "modifications", "", "must be a list (an empty list means the baseline)");
            p.skipChildren();
            return;
        }
        while (p.nextToken() != JsonToken.END_ARRAY && p.currentToken() != null) {
            int at = line(p);
            if (p.currentToken() != JsonToken.START_OBJECT) {
                problems.add(file, at, "modifications", p.getText(), "is not a modification: write '- close: CODE'"
                        + " or '- KIND: {...}' with KIND one of " + KINDS);
                p.skipChildren();
                continue;
            }
            JsonNode node = YAML.readTree(p);
            Modification m = modification(node, file + ":" + at, file, at, problems);
            if (m != null) {
                into.add(m);
            }
        }
    }

    private static Modification modification(JsonNode node, String source, String file, int line, Problems problems) {
        if (node.size() != 1) {
            problems.add(file, line, "", "", "a modification is one of " + KINDS);
            return null;
        }
        String kind = node.fieldNames().next();
        JsonNode v = node.get(kind);
        int before = problems.count();
        java.util.Set<String> allowed = FIELDS.getOrDefault(kind, java.util.Set.of());
        if (v.isObject()) {
            v.fieldNames().forEachRemaining(f -> {
                if (!allowed.contains(f)) {
                    problems.add(file, line, kind + "." + f, "", "is not a field of " + kind + " (it has "
                            + String.join(", ", new java.util.TreeSet<>(allowed)) + ")");
                }
            });
        }
        Modification m = switch (kind) {
            case "close" -> v.isTextual()
                    ? new Modification.Close(site(v.asText(), file, line, problems), null, source)
                    : new Modification.Close(site(v.path("site").asText(""), file, line, problems),
                            v.hasNonNull("service") ? service(v.get("service").asText(), file, line, problems) : null,
                            source);
            case "open" -> new Modification.Open(site(v.path("code").asText(""), file, line, problems),
                    v.path("name").asText(""), point(v, file, line, problems), services(v.path("services"), file,
                    line, problems), capacity(v.path("capacity"), file, line, problems), source);
            case "convert" -> new Modification.Convert(site(v.path("site").asText(""), file, line, problems),
                    v.hasNonNull("name") ? v.get("name").asText() : null,
                    optionalServices(v.path("add"), "add", file, line, problems),
                    optionalServices(v.path("remove"), "remove", file, line, problems),
                    capacity(v.path("capacity"), file, line, problems), source);
            case "capacity" -> new Modification.Capacity(site(v.path("site").asText(""), file, line, problems),
                    service(v.path("service").asText(""), file, line, problems),
                    number(v.path("per_year"), "per_year", file, line, problems), source);
            case "polyclinics" -> polyclinics(v, source, file, line, problems);
            case "offer" -> new Modification.OfferWhere(service(v.path("service").asText(""), file, line, problems),
                    service(v.path("at_sites_offering").asText(""), file, line, problems), source);
            case "centralise" -> new Modification.Centralise(service(v.path("service").asText(""), file, line,
                    problems), sites(v.path("onto"), file, line, problems), source);
            default -> {
                problems.add(file, line, kind, "", "is not a modification (" + KINDS + ")");
                yield null;
            }
        };
        return problems.count() > before ? null : m;
    }

    private static Modification polyclinics(JsonNode v, String source, String file, int line, Problems problems) {
        Modification.PolyclinicModel model = null;
        String m = v.path("model").asText("");
        if (m.equals("hub")) {
            model = Modification.PolyclinicModel.HUB;
        } else if (m.equals("network")) {
            model = Modification.PolyclinicModel.NETWORK;
        } else {
            problems.add(file, line, "polyclinics.model", m, "must be hub or network");
        }
        JsonNode people = v.path("people_per_polyclinic");
        int perPolyclinic = people.canConvertToInt() && people.isIntegralNumber() ? people.asInt() : 0;
        if (perPolyclinic <= 0) {
            problems.add(file, line, "polyclinics.people_per_polyclinic", people.asText(""),
                    "must be a whole number of people, more than 0 (Healthcare for London: about 50000)");
        }
        Set<org.nhsblueprint.model.DistrictCode> districts = new LinkedHashSet<>();
        JsonNode list = v.path("districts");
        if (!list.isMissingNode() && !list.isArray()) {
            problems.add(file, line, "polyclinics.districts", list.asText(""), "must list district codes");
        }
        list.forEach(d -> {
            try {
                districts.add(new org.nhsblueprint.model.DistrictCode(d.asText()));
            } catch (IllegalArgumentException e) {
                problems.add(file, line, "polyclinics.districts", d.asText(), "is not a district code");
            }
        });
        ServiceId from = v.hasNonNull("from") ? service(v.get("from").asText(), file, line, problems)
                : new ServiceId("gp");
        return new Modification.Polyclinics(model == null ? Modification.PolyclinicModel.HUB : model, perPolyclinic,
                from, optionalServices(v.path("services"), "services", file, line, problems),
                capacity(v.path("capacity"), file, line, problems), districts, source);
    }

    private static Set<ServiceId> optionalServices(JsonNode list, String field, String file, int line,
                                                   Problems problems) {
        Set<ServiceId> out = new LinkedHashSet<>();
        if (list.isMissingNode() || list.isNull()) {
            return out;
        }
        if (!list.isArray()) {
            problems.add(file, line, field, list.asText(""), "must be a list of service ids");
            return out;
        }
        list.forEach(s -> out.add(service(s.asText(), file, line, problems)));
        return out;
    }

    /** A mapping of service id to yearly capacity; absent means none. */
    private static java.util.Map<ServiceId, Double> capacity(JsonNode map, String file, int line,
                                                             Problems problems) {
        java.util.Map<ServiceId, Double> out = new java.util.LinkedHashMap<>();
        if (map.isMissingNode() || map.isNull()) {
            return out;
        }
        if (!map.isObject()) {
            problems.add(file, line, "capacity", map.asText(""), "must map service ids to yearly capacities, e.g."
                    + " {urgent_care: 12000}");
            return out;
        }
        map.fields().forEachRemaining(e -> out.put(service(e.getKey(), file, line, problems),
                number(e.getValue(), "capacity." + e.getKey(), file, line, problems)));
        return out;
    }

    private static double number(JsonNode n, String field, String file, int line, Problems problems) {
        if (!n.isNumber() || !(n.asDouble() >= 0) || Double.isInfinite(n.asDouble())) {
            problems.add(file, line, field, n.asText(""), "must be a number, zero or more (a yearly capacity)");
            return 0;
        }
        return n.asDouble();
    }

    private static SiteCode site(String code, String file, int line, Problems problems) {
        try {
            return new SiteCode(code);
        } catch (IllegalArgumentException e) {
            problems.add(file, line, "site", code, "is not an ODS site or practice code");
            return new SiteCode("X0000");
        }
    }

    static ServiceId service(String id, String file, int line, Problems problems) {
        try {
            return new ServiceId(id);
        } catch (IllegalArgumentException e) {
            problems.add(file, line, "service", id, "is not a service id");
            return new ServiceId("invalid");
        }
    }

    private static Set<ServiceId> services(JsonNode list, String file, int line, Problems problems) {
        Set<ServiceId> out = new LinkedHashSet<>();
        if (!list.isArray() || list.isEmpty()) {
            problems.add(file, line, "services", "", "must list the services the new site offers");
            return out;
        }
        list.forEach(s -> out.add(service(s.asText(), file, line, problems)));
        return out;
    }

    private static List<SiteCode> sites(JsonNode list, String file, int line, Problems problems) {
        List<SiteCode> out = new ArrayList<>();
        if (!list.isArray()) {
            problems.add(file, line, "onto", "", "must list site codes");
            return out;
        }
        list.forEach(s -> out.add(site(s.asText(), file, line, problems)));
        return out;
    }

    private static GeoPoint point(JsonNode v, String file, int line, Problems problems) {
        double lat = v.path("lat").asDouble(Double.NaN);
        double lon = v.path("lon").asDouble(Double.NaN);
        if (!(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180) || !new GeoPoint(lat, lon).isInGreatBritain()) {
            problems.add(file, line, "lat/lon", v.path("lat").asText() + "," + v.path("lon").asText(),
                    "is not a position inside the bounding box of Great Britain");
            return new GeoPoint(51.5, 0);
        }
        return new GeoPoint(lat, lon);
    }

    private static int line(JsonParser p) {
        return p.currentTokenLocation().getLineNr();
    }
}
