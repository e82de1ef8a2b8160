package org.nhsblueprint.dataset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.nhsblueprint.model.Boundary;
import org.nhsblueprint.model.DistrictCode;
import org.nhsblueprint.model.GeoPoint;

/**
 * Reads district boundaries from a GeoJSON FeatureCollection (RFC 7946, WGS84): one Polygon or MultiPolygon feature
 * per district, its ONS code in the {@code LAD22CD} property. Problems name the feature by its position.
 */
final class BoundaryFile {
    static final String CODE_PROPERTY = "LAD22CD";

    private BoundaryFile() {
    }

    static List<Boundary> read(Path path, String name, Set<DistrictCode> districts, Problems problems) {
        if (!Files.isRegularFile(path)) {
            problems.add(name, 0, "", "", "file not found (looked for " + path.toAbsolutePath() + ")");
            return List.of();
        }
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(path.toFile());
        } catch (JsonProcessingException e) {
            problems.add(name, e.getLocation() == null ? 0 : e.getLocation().getLineNr(), "", "",
                    "is not valid JSON: " + e.getOriginalMessage());
            return List.of();
        } catch (IOException e) {
            problems.add(name, 0, "", "", "cannot be read: " + e.getMessage());
            return List.of();
        }
        JsonNode features = root.path("features");
        if (!"FeatureCollection".equals(root.path("type").asText()) || !features.isArray()) {
            problems.add(name, 0, "type", root.path("type").asText(), "is not a GeoJSON FeatureCollection");
            return List.of();
        }
        List<Boundary> boundaries = new ArrayList<>();
        for (int i = 0; i < features.size(); i++) {
            Boundary b = feature(features.get(i), "features[" + i + "]", name, districts, problems);
            if (b != null) {
                boundaries.add(b);
            }
        }
        return boundaries;
    }

    private static Boundary feature(JsonNode f, String at, String file, Set<DistrictCode> districts,
                                    Problems problems) {
        String code = f.path("properties").path(CODE_PROPERTY).asText("");
        if (!DistrictCode.PATTERN.matcher(code).matches()) {
            problems.add(file, 0, at + ".properties." + CODE_PROPERTY, code, "is not an ONS district code");
            return null;
        }
        DistrictCode district = new DistrictCode(code);
        if (!districts.contains(district)) {
            problems.add(file, 0, at + ".properties." + CODE_PROPERTY, code, "is not in the districts table");
            return null;
        }
        JsonNode geometry = f.path("geometry");
        String type = geometry.path("type").asText("");
        JsonNode coordinates = geometry.path("coordinates");
        List<List<List<GeoPoint>>> polygons = new ArrayList<>();
        if (type.equals("Polygon")) {
            polygons.add(polygon(coordinates, at, file, problems));
        } else if (type.equals("MultiPolygon")) {
            for (JsonNode p : coordinates) {
                polygons.add(polygon(p, at, file, problems));
            }
        } else {
            problems.add(file, 0, at + ".geometry.type", type, "must be Polygon or MultiPolygon");
            return null;
        }
        if (polygons.stream().anyMatch(p -> p == null || p.isEmpty())) {
            return null;
        }
        return new Boundary(district, polygons);
    }

    private static List<List<GeoPoint>> polygon(JsonNode rings, String at, String file, Problems problems) {
        List<List<GeoPoint>> out = new ArrayList<>();
        for (JsonNode ring : rings) {
            List<GeoPoint> points = new ArrayList<>();
            for (JsonNode position : ring) {
                double lon = position.path(0).asDouble(Double.NaN);
                double lat = position.path(1).asDouble(Double.NaN);
                if (!(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180)
                        || !new GeoPoint(lat, lon).isInGreatBritain()) {
                    problems.add(file, 0, at + ".geometry.coordinates", position.toString(),
                            "is not a [longitude, latitude] position inside Great Britain");
                    return null;
                }
                points.add(new GeoPoint(lat, lon));
            }
            if (points.size() < 4) {
                problems.add(file, 0, at + ".geometry.coordinates", "", "has a ring of fewer than 4 positions");
                return null;
            }
            out.add(points);
        }
        return out;
    }
}
