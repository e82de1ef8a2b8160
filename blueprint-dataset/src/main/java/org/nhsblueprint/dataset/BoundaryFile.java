package org.nhsblueprint.dataset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nhsblueprint.model.Boundary;
import org.nhsblueprint.model.District;
import org.nhsblueprint.model.DistrictCode;

/**
 * Reads district boundaries from a GeoJSON FeatureCollection (RFC 7946, WGS84): exactly one Polygon or MultiPolygon
 * feature per district of the districts table, its ONS code in the {@code LAD22CD} property. Problems name the
 * feature by its JSON path; a district with no feature, or with more than one, is a problem too. Stateless (static
 * methods only); thread-safe as long as each call has its own {@link Problems}.
 */
final class BoundaryFile {
    static final String CODE_PROPERTY = "LAD22CD";

    private BoundaryFile() {
    }

    /** The boundaries that are well formed; every problem is recorded, so use them only if there are none. */
    static List<Boundary> read(Path path, String name, List<District> districts, Problems problems) {
        JsonNode features = features(path, name, problems);
        if (features == null) {
            return List.of();
        }
        Map<DistrictCode, District> byCode = new HashMap<>();
        districts.forEach(d -> byCode.put(d.code(), d));
        Map<DistrictCode, String> firstFeature = new HashMap<>();
        BoundaryGeometry geometry = new BoundaryGeometry(name, problems);
        List<Boundary> boundaries = new ArrayList<>();
        for (int i = 0; i < features.size(); i++) {
            String at = "features[" + i + "]";
            String field = at + ".properties." + CODE_PROPERTY;
            JsonNode feature = features.get(i);
            String code = feature.path("properties").path(CODE_PROPERTY).asText("");
            if (!DistrictCode.PATTERN.matcher(code).matches()) {
                problems.add(name, 0, field, code, "is not an ONS district code");
                continue;
            }
            DistrictCode district = new DistrictCode(code);
            if (!byCode.containsKey(district)) {
                problems.add(name, 0, field, code, "is not in the districts table");
                continue;
            }
            String first = firstFeature.putIfAbsent(district, at);
            if (first != null) {
                problems.add(name, 0, field, code, "is the district of " + first + " too (one feature per district:"
                        + " join its parts into one MultiPolygon)");
                continue;
            }
            var polygons = geometry.read(feature.path("geometry"), at);
            if (polygons != null) {
                try {
                    boundaries.add(new Boundary(district, polygons));
                } catch (IllegalArgumentException e) {
                    problems.add(name, 0, at, code, "cannot be used: " + e.getMessage());
                }
            }
        }
        for (District district : districts) {
            if (!firstFeature.containsKey(district.code())) {
                problems.add(name, 0, CODE_PROPERTY, district.code().value(), "has no feature, but " + district.name()
                        + " is in the districts table (every district needs a boundary)");
            }
        }
        return boundaries;
    }

    /** The file's features array; null (with a problem) if the file is missing, not JSON or not a collection. */
    private static JsonNode features(Path path, String name, Problems problems) {
        if (!Files.isRegularFile(path)) {
            problems.add(name, 0, "", "", "file not found (looked for " + path.toAbsolutePath() + ")");
            return null;
        }
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(path.toFile());
        } catch (JsonProcessingException e) {
            problems.add(name, e.getLocation() == null ? 0 : e.getLocation().getLineNr(), "", "",
                    "is not valid JSON: " + e.getOriginalMessage());
            return null;
        } catch (IOException e) {
            problems.add(name, 0, "", "", "cannot be read: " + e.getMessage());
            return null;
        }
        JsonNode features = root.path("features");
        if (!"FeatureCollection".equals(root.path("type").asText()) || !features.isArray()) {
            problems.add(name, 0, "type", root.path("type").asText(""),
                    "is not a GeoJSON FeatureCollection (expected \"type\": \"FeatureCollection\" and a"
                            + " features array)");
            return null;
        }
        return features;
    }
}
