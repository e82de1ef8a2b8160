package org.nhsblueprint.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The OpenAPI document describes exactly the routes the API classes register: none missing, none stale. */
class OpenApiTest {
    private static final Pattern ROUTE = Pattern.compile("\\br\\.(get|post|put|delete)\\(\"(/api/[^\"]+)\"");

    @Test
    void everyRouteIsDocumentedAndEveryDocumentedRouteExists() throws Exception {
        Set<String> registered = new TreeSet<>();
        try (Stream<Path> sources = Files.list(Path.of("src/main/java/org/nhsblueprint/web"))) {
            for (Path f : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = ROUTE.matcher(Files.readString(f));
                while (m.find()) {
                    registered.add(m.group(1) + " " + m.group(2));
                }
            }
        }
        Set<String> documented = new TreeSet<>();
        JsonNode doc = new ObjectMapper().readTree(getClass().getResourceAsStream("/openapi.json"));
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fieldNames().forEachRemaining(method -> documented.add(method + " " + path.getKey()));
        }
        assertTrue(registered.size() >= 27, "the routes were found: " + registered);
        assertEquals(registered, documented);
    }
}
