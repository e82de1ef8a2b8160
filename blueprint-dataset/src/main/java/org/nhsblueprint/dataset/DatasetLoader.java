package org.nhsblueprint.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.nhsblueprint.model.Area;
import org.nhsblueprint.model.AreaExtent;
import org.nhsblueprint.model.Boundary;
import org.nhsblueprint.model.DataSource;
import org.nhsblueprint.model.District;
import org.nhsblueprint.model.DistrictCode;
import org.nhsblueprint.model.PostcodeDistricts;
import org.nhsblueprint.model.RegionModel;
import org.nhsblueprint.model.ServiceCatalogue;
import org.nhsblueprint.model.Site;
import org.nhsblueprint.model.SiteFacts;

/**
 * Loads a dataset folder into a {@link RegionModel}: reads the manifest, then every file it names, checking every row;
 * returns the model only if nothing is wrong, and otherwise throws a {@link DatasetException} listing every problem in
 * every file. Stateless and thread-safe.
 */
public final class DatasetLoader {

    /** @throws DatasetException naming each file, line, column and bad value found */
    public RegionModel load(Path dir) {
        Problems problems = new Problems();
        Manifest manifest = Manifest.read(dir, problems);
        if (manifest == null) {
            throw new DatasetException(dir.toString(), problems.all());
        }
        boolean ownCatalogue = manifest.services() != null;
        String catalogueName = ownCatalogue ? name(dir, manifest.services()) : "bundled " + CatalogueFile.BUNDLED;
        List<ServiceSpec> specs = CatalogueFile.parse(catalogueText(dir, manifest, problems), catalogueName, problems);

        List<District> districts = DistrictFile.read(csv(dir, manifest.districts().file(), problems), problems);
        Set<DistrictCode> districtCodes = districts.stream().map(District::code).collect(Collectors.toSet());
        List<Boundary> boundaries = manifest.boundaries() == null ? List.of()
                : BoundaryFile.read(dir.resolve(manifest.boundaries().file()), name(dir, manifest.boundaries().file()),
                        districts, problems);
        CsvTable areaTable = csv(dir, manifest.areas().file(), problems);
        int beforeAreas = problems.count();
        List<Area> areas = AreaFile.read(areaTable, districtCodes, DistrictShapes.of(boundaries), problems);
        Optional<AreaExtent> extent = problems.count() == beforeAreas ? AreaExtent.of(areas) : Optional.empty();

        Set<String> tableIds = manifest.siteTables().stream().map(Manifest.SiteTable::id).collect(Collectors.toSet());
        List<String> notes = new ArrayList<>();
        List<ServiceSpec> available = new ArrayList<>();
        for (ServiceSpec spec : specs) {
            if (tableIds.contains(spec.table())) {
                available.add(spec);
            } else if (ownCatalogue) {
                problems.add(catalogueName, 0, "offered_by.table", spec.table(), "for service '"
                        + spec.service().id() + "' is not a site table in " + Manifest.FILE_NAME);
            } else {
                notes.add("Service '" + spec.service().id() + "' (" + spec.service().name()
                        + ") is not available: the dataset has no site table '" + spec.table() + "'.");
            }
        }

        List<Site> sites = new ArrayList<>();
        SiteFile siteFile = new SiteFile(available, catalogueName, extent, problems);
        Map<String, List<String>> unlocated = new LinkedHashMap<>();
        for (Manifest.SiteTable table : manifest.siteTables()) {
            List<String> missing = new ArrayList<>();
            sites.addAll(siteFile.read(csv(dir, table.table().file(), problems), table, missing));
            if (!missing.isEmpty()) {
                unlocated.put(table.table().file(), missing);
            }
        }
        if (!problems.isEmpty()) {
            throw new DatasetException(dir.toString(), problems.all());
        }
        unlocated.forEach((file, codes) -> notes.add(unlocatedNote(file, codes)));
        ImdMappingNote.of(areaTable).ifPresent(notes::add);

        List<DataSource> sources = new ArrayList<>();
        sources.add(manifest.areas().source());
        sources.add(manifest.districts().source());
        manifest.siteTables().forEach(t -> sources.add(t.table().source()));
        if (manifest.boundaries() != null) {
            sources.add(manifest.boundaries().source());
        }
        try {
            ServiceCatalogue catalogue = ServiceCatalogue.of(available.stream().map(ServiceSpec::service).toList());
            return new RegionModel(manifest.name(), manifest.vintage(), areas, districts, sites, catalogue, boundaries,
                    sources, manifest.attribution(), notes);
        } catch (IllegalArgumentException e) {
            // every rule the model checks was checked above, file by file; this names the dataset if one was missed
            throw new DatasetException(dir.toString(), List.of(new DataProblem(name(dir, Manifest.FILE_NAME), 0, "",
                    "", "the files it names do not fit together: " + e.getMessage())));
        }
    }

    /**
     * The published figures about the region's sites (audit results, registered lists) that the manifest's optional
     * {@code site_facts} section names; {@link SiteFacts#NONE} when it names none.
     *
     * @param region the region loaded from the same folder; every fact's site must be one of its sites
     * @throws DatasetException naming each file, line, column and bad value found
     */
    public SiteFacts siteFacts(Path dir, RegionModel region) {
        return SiteFactsFile.read(dir, region);
    }

    /**
     * Where each postcode district lies, from the located postcodes the manifest's optional {@code postcode_districts}
     * section names; {@link PostcodeDistricts#NONE} when it names none.
     *
     * @throws DatasetException naming each file, line, column and bad value found
     */
    public PostcodeDistricts postcodeDistricts(Path dir) {
        return PostcodeDistrictsFile.read(dir);
    }

    private static String unlocatedNote(String file, List<String> codes) {
        boolean one = codes.size() == 1;
        return codes.size() + (one ? " site" : " sites") + " in " + file + " " + (one ? "has" : "have")
                + " no coordinates and " + (one ? "is" : "are") + " left out of travel times: "
                + String.join(", ", codes) + ".";
    }

    private static String name(Path dir, String file) {
        return dir.resolve(file).toString();
    }

    private static CsvTable csv(Path dir, String file, Problems problems) {
        return CsvTable.read(dir.resolve(file), name(dir, file), problems);
    }

    private static String catalogueText(Path dir, Manifest manifest, Problems problems) {
        if (manifest.services() != null) {
            Path path = dir.resolve(manifest.services());
            try {
                return Files.readString(path);
            } catch (IOException e) {
                problems.add(path.toString(), 0, "", "", "cannot be read: " + e.getMessage());
                return "{}";
            }
        }
        try (InputStream in = DatasetLoader.class.getResourceAsStream(CatalogueFile.BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("the bundled " + CatalogueFile.BUNDLED + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
