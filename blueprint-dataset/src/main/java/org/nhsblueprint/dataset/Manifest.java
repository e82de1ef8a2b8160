package org.nhsblueprint.dataset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.nhsblueprint.model.DataSource;

/**
 * A dataset's {@code manifest.json}: its name, vintage and licence, and the files that make it up with the provenance
 * of each. Immutable and thread-safe. See {@code docs/datasets.md} for the format.
 *
 * @param boundaries null when the dataset has no boundary file (maps are then left out of reports)
 * @param siteTables at least one; several entries may share an {@code id} (one logical table split over files)
 * @param services   the dataset's own service catalogue file, or null to use Blueprint's bundled catalogue
 */
public record Manifest(String name, String vintage, String licence, String attribution, Table areas,
                       Table districts, Table boundaries, List<SiteTable> siteTables, String services) {

    public static final String FILE_NAME = "manifest.json";

    public Manifest {
        requireText(name, "dataset name");
        Objects.requireNonNull(areas, "areas");
        Objects.requireNonNull(districts, "districts");
        siteTables = List.copyOf(siteTables);
        if (siteTables.isEmpty()) {
            throw new IllegalArgumentException("dataset '" + name + "' has no site tables");
        }
        vintage = vintage == null ? "" : vintage;
        licence = licence == null ? "" : licence;
        attribution = attribution == null ? "" : attribution;
    }

    /** A file and where it came from. Immutable. */
    public record Table(String file, DataSource source) {
        public Table {
            requireText(file, "table file");
            Objects.requireNonNull(source, "source of " + file);
        }
    }

    /**
     * One file of sites, and which of its columns hold what. Immutable.
     *
     * @param id             the name the service catalogue uses for this table; shared by every file of the table
     * @param codeKind       {@code practice} (ODS GP practice codes) or {@code trust_site} (ODS trust site codes)
     * @param allowUnlocated true if a row with both coordinates blank is a site without a known location (left out
     *                       and named in a note) rather than a problem
     * @param outsideRegion  true if the file's sites lie beyond the region's boundary (destinations only)
     */
    public record SiteTable(String id, Table table, String codeKind, String codeColumn, String nameColumn,
                            String latColumn, String lonColumn, boolean allowUnlocated, boolean outsideRegion) {
        static final List<String> CODE_KINDS = List.of("practice", "trust_site");

        public SiteTable {
            requireText(id, "site table id");
            Objects.requireNonNull(table, "table");
            if (!CODE_KINDS.contains(codeKind)) {
                throw new IllegalArgumentException("site table '" + id + "' has code kind '" + codeKind
                        + "' (expected one of " + CODE_KINDS + ")");
            }
            requireText(codeColumn, "code column of site table '" + id + "'");
            requireText(nameColumn, "name column of site table '" + id + "'");
            requireText(latColumn, "latitude column of site table '" + id + "'");
            requireText(lonColumn, "longitude column of site table '" + id + "'");
        }
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is missing (was '" + value + "')");
        }
    }

    /**
     * One optional top-level section of a dataset's manifest, read by itself (a missing node when absent); for the
     * sections the loader reads apart from the region (site figures, postcode districts).
     *
     * @throws DatasetException if the manifest cannot be read or is not JSON
     */
    static JsonNode section(Path dir, String name) {
        try {
            return new ObjectMapper().readTree(Files.readString(dir.resolve(FILE_NAME))).path(name);
        } catch (IOException e) {
            throw new DatasetException(dir.toString(), List.of(new DataProblem(FILE_NAME, 0, "", "",
                    "cannot be read: " + e.getMessage())));
        }
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
        ManifestFields f = new ManifestFields(file, problems);
        int before = problems.count();
        String name = f.text(root, "", "name");
        Table areas = f.table(root, "areas");
        Table districts = f.table(root, "districts");
        Table boundaries = root.has("boundaries") ? f.table(root, "boundaries") : null;
        List<SiteTable> sites = new ArrayList<>();
        JsonNode siteNodes = root.path("site_tables");
        if (!siteNodes.isArray() || siteNodes.isEmpty()) {
            problems.add(file, 0, "site_tables", "", "must be a non-empty list of site tables");
        } else {
            for (int i = 0; i < siteNodes.size(); i++) {
                SiteTable table = siteTable(siteNodes.get(i), "site_tables[" + i + "].", f, problems);
                if (table != null) {
                    sites.add(table);
                }
            }
        }
        if (problems.count() > before) {
            return null;
        }
        return new Manifest(name, root.path("vintage").asText(""), root.path("licence").asText(""),
                root.path("attribution").asText(""), areas, districts, boundaries, sites,
                root.hasNonNull("services") ? root.get("services").asText() : null);
    }

    private static SiteTable siteTable(JsonNode n, String at, ManifestFields f, Problems problems) {
        int before = problems.count();
        String kind = f.text(n, at, "code_kind");
        if (kind != null && !SiteTable.CODE_KINDS.contains(kind)) {
            problems.add(f.file(), 0, at + "code_kind", kind, "must be 'practice' or 'trust_site'");
        }
        SiteTable table = null;
        String id = f.text(n, at, "id");
        Table file = f.tableAt(n, at);
        String code = f.text(n, at, "code_column");
        String name = f.text(n, at, "name_column");
        String lat = f.text(n, at, "lat_column");
        String lon = f.text(n, at, "lon_column");
        boolean allowUnlocated = f.flag(n, at, "allow_unlocated");
        boolean outsideRegion = f.flag(n, at, "outside_region");
        if (problems.count() == before) {
            table = new SiteTable(id, file, kind, code, name, lat, lon, allowUnlocated, outsideRegion);
        }
        return table;
    }
}
