package org.nhsblueprint.dataset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.nhsblueprint.model.DataSource;

/**
 * A dataset's {@code manifest.json}: its name, vintage and licence, and the files that make it up with the provenance
 * of each. Immutable. See {@code docs/datasets.md} for the format.
 *
 * @param boundaries null when the dataset has no boundary file (maps are then left out of reports)
 * @param services   the dataset's own service catalogue file, or null to use Blueprint's bundled catalogue
 */
public record Manifest(String name, String vintage, String licence, String attribution, Table areas,
                       Table districts, Table boundaries, List<SiteTable> siteTables, String services) {

    public static final String FILE_NAME = "manifest.json";

    /** A file and where it came from. */
    public record Table(String file, DataSource source) {
    }

    /**
     * A table of sites, and which of its columns hold what.
     *
     * @param id       the name the service catalogue uses for this table
     * @param codeKind {@code practice} (ODS GP practice codes) or {@code trust_site} (ODS trust site codes)
     */
    public record SiteTable(String id, Table table, String codeKind, String codeColumn, String nameColumn,
                            String latColumn, String lonColumn) {
    }

    /** Reads and checks the manifest; returns null with problems recorded if it is unusable. */
    static Manifest read(Path dir, Problems problems) {
        Path path = dir.resolve(FILE_NAME);
        String file = FILE_NAME;
        if (!Files.isRegularFile(path)) {
            problems.add(file, 0, "", "", "not found: a dataset folder must hold a " + FILE_NAME + " (looked in "
                    + dir.toAbsolutePath() + ")");
            return null;
        }
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readString(path));
        } catch (JsonProcessingException e) {
            problems.add(file, e.getLocation() == null ? 0 : e.getLocation().getLineNr(), "", "",
                    "is not valid JSON: " + e.getOriginalMessage());
            return null;
        } catch (IOException e) {
            problems.add(file, 0, "", "", "cannot be read: " + e.getMessage());
            return null;
        }
        Fields f = new Fields(file, problems);
        int before = problems.count();
        String name = f.text(root, "name");
        Table areas = f.table(root, "areas");
        Table districts = f.table(root, "districts");
        Table boundaries = root.has("boundaries") ? f.table(root, "boundaries") : null;
        List<SiteTable> sites = new ArrayList<>();
        JsonNode siteNodes = root.path("site_tables");
        if (!siteNodes.isArray() || siteNodes.isEmpty()) {
            problems.add(file, 0, "site_tables", "", "must be a non-empty list of site tables");
        } else {
            for (int i = 0; i < siteNodes.size(); i++) {
                JsonNode n = siteNodes.get(i);
                String at = "site_tables[" + i + "].";
                String kind = f.text(n, at, "code_kind");
                if (kind != null && !kind.equals("practice") && !kind.equals("trust_site")) {
                    problems.add(file, 0, at + "code_kind", kind, "must be 'practice' or 'trust_site'");
                }
                sites.add(new SiteTable(f.text(n, at, "id"), f.tableAt(n, at), kind, f.text(n, at, "code_column"),
                        f.text(n, at, "name_column"), f.text(n, at, "lat_column"), f.text(n, at, "lon_column")));
            }
        }
        if (problems.count() > before) {
            return null;
        }
        return new Manifest(name, root.path("vintage").asText(""), root.path("licence").asText(""),
                root.path("attribution").asText(""), areas, districts, boundaries, sites,
                root.hasNonNull("services") ? root.get("services").asText() : null);
    }

    /** Field readers that record a problem for each missing field. */
    private record Fields(String file, Problems problems) {
        String text(JsonNode node, String field) {
            return text(node, "", field);
        }

        String text(JsonNode node, String prefix, String field) {
            JsonNode v = node.get(field);
            if (v == null || !v.isTextual() || v.asText().isBlank()) {
                problems.add(file, 0, prefix + field, "", "is missing or not a text value");
                return null;
            }
            return v.asText();
        }

        Table table(JsonNode parent, String field) {
            JsonNode node = parent.get(field);
            if (node == null || !node.isObject()) {
                problems.add(file, 0, field, "", "is missing or not an object with file, title, publisher, vintage, licence");
                return null;
            }
            return tableAt(node, field + ".");
        }

        Table tableAt(JsonNode node, String prefix) {
            String path = text(node, prefix, "file");
            String title = text(node, prefix, "title");
            if (path == null || title == null) {
                return null;
            }
            return new Table(path, new DataSource(title, path, node.path("publisher").asText(""),
                    node.path("vintage").asText(""), node.path("licence").asText("")));
        }
    }
}
