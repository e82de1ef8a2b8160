package org.nhsblueprint.model;

import java.util.List;
import java.util.Objects;

/**
 * The outline of a district for maps: polygons, each a list of rings (the first the outline, any others holes), each
 * ring a closed list of points.
 */
public record Boundary(DistrictCode district, List<List<List<GeoPoint>>> polygons) {
    public Boundary {
        Objects.requireNonNull(district, "district");
        polygons = polygons.stream()
                .map(polygon -> polygon.stream().map(List::copyOf).toList())
                .toList();
        if (polygons.isEmpty()) {
            throw new IllegalArgumentException("boundary of " + district + " has no polygons");
        }
    }
}
