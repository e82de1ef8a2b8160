package org.nhsblueprint.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nhsblueprint.model.RegionModel;
import org.nhsblueprint.model.ServiceId;
import org.nhsblueprint.model.Site;

/** One test per validation rule: each spoils one value of a valid dataset and checks the problem reported. */
class DatasetValidationTest {
    /** A catalogue entry for a dataset's own catalogue; tests spoil one field of it. */
    private static final String GP_SERVICE = """
            {"id": "gp", "name": "GP", "mode": "walk", "standard_minutes": 15, "standard_source": "test",
             "offered_by": {"table": "gp_practices", "where": {"prescribing_setting_2022": "4"}}}""";
    /** A third acute-site file (one table split over two files) holding Princess Royal, 18 km beyond the areas. */
    private static final String BEYOND_ENTRY = """
            {"id": "acute_sites", "file": "beyond.csv", "title": "Beyond", "code_kind": "trust_site",
             "code_column": "site_code_current", "name_column": "site_name", "lat_column": "lat", "lon_column": "lon"}""";
    private static final String BEYOND = "site_code_current,site_name,lat,lon,type1_ae,hasu,major_trauma_centre,"
            + "urgent_care,outpatients\n"
            + "RJZ30,Princess Royal University Hospital,51.3887,0.0626,Y,N,N,Y,Y\n";

    @TempDir
    Path dir;

    private final DatasetLoader loader = new DatasetLoader();

    private DataProblem onlyProblem(TinyDataset d) {
        List<DataProblem> problems = problems(d);
        assertEquals(1, problems.size(), problems.toString());
        return problems.get(0);
    }

    /** The one problem in a file, when spoiling it also upsets files that refer to it. */
    private DataProblem onlyProblemIn(TinyDataset d, String fileEnd) {
        List<DataProblem> problems = problems(d).stream().filter(p -> p.file().endsWith(fileEnd)).toList();
        assertEquals(1, problems.size(), problems.toString());
        return problems.get(0);
    }

    private List<DataProblem> problems(TinyDataset d) {
        return assertThrows(DatasetException.class, () -> loader.load(d.dir())).problems();
    }

    private static void assertProblem(DataProblem p, String fileEnd, long line, String field, String value,
                                      String messagePart) {
        assertTrue(p.file().endsWith(fileEnd), p.toString());
        assertEquals(line, p.line(), p.toString());
        assertEquals(field, p.field(), p.toString());
        assertEquals(value, p.value(), p.toString());
        assertTrue(p.message().contains(messagePart), p.toString());
    }

    private TinyDataset withBoundaries(String... features) {
        return TinyDataset.in(dir).write("boundaries.geojson", TinyDataset.featureCollection(features));
    }

    private TinyDataset withCamdenGeometry(String geometry) {
        return withBoundaries(TinyDataset.CITY, TinyDataset.feature("E09000007", geometry));
    }

    private TinyDataset withCatalogue(String... services) {
        return TinyDataset.in(dir)
                .replace("manifest.json", "\"vintage\": \"test\",", "\"vintage\": \"test\", \"services\": \"services.json\",")
                .write("services.json", "{\"services\": [" + String.join(",", services) + "]}");
    }

    private DataProblem onlyCatalogueProblem(String... services) {
        return onlyProblem(withCatalogue(services));
    }

    // --- the valid dataset

    @Test
    void theTinyDatasetLoads() {
        RegionModel model = loader.load(TinyDataset.in(dir).dir());
        assertEquals(3, model.areas().size());
        assertEquals(4361, model.population());
        assertEquals(5, model.sites().size());
        assertEquals(2, model.sitesOffering(new ServiceId("gp")).size());
        assertEquals(2, model.sitesOffering(new ServiceId("ae")).size());
        assertEquals(1, model.sitesOffering(new ServiceId("hasu")).size());
        assertEquals("SMITH, JONES AND PARTNERS", model.sites().get(1).name());
        assertEquals(2, model.boundaries().size());
        assertTrue(model.notes().isEmpty(), model.notes().toString());
        assertTrue(model.sites().stream().noneMatch(Site::outsideRegion));
    }

    // --- manifest

    @Test
    void aFolderWithoutAManifestIsExplained() {
        DataProblem p = onlyProblem(TinyDataset.in(dir).delete("manifest.json"));
        assertProblem(p, "manifest.json", 0, "", "", "not found: a dataset folder must hold a manifest.json");
    }

    @Test
    void aManifestThatIsNotValidJsonIsExplained() {
        DataProblem p = onlyProblem(TinyDataset.in(dir).write("manifest.json", "{\"name\": \"x\""));
        assertProblem(p, "manifest.json", 1, "", "", "not valid JSON");
    }

    @Test
    void aManifestMissingTheAreasFieldNamesIt() {
        DataProblem p = onlyProblem(TinyDataset.in(dir).replace("manifest.json",
                "\"areas\": {\"file\": \"areas.csv\", \"title\": \"Areas\"},", ""));
        assertProblem(p, "manifest.json", 0, "areas", "", "is missing");
    }

    @Test
    void anUnknownCodeKindIsRejected() {
        DataProblem p = onlyProblem(TinyDataset.in(dir).replace("manifest.json", "\"code_kind\": \"trust_site\"",
                "\"code_kind\": \"hospital\""));
        assertProblem(p, "manifest.json", 0, "site_tables[1].code_kind", "hospital", "must be 'practice' or 'trust_site'");
    }

    @Test
    void aSiteTableFlagThatIsNotTrueOrFalseIsRejected() {
        DataProblem p = onlyProblem(TinyDataset.in(dir).replace("manifest.json", "\"code_kind\": \"practice\"",
                "\"code_kind\": \"practice\", \"allow_unlocated\": \"yes\""));
        assertProblem(p, "manifest.json", 0, "site_tables[0].allow_unlocated", "\"yes\"", "must be true or false");
    }

    @Test
    void aMissingFileIsNamed() {
        DataProblem p = onlyProblem(TinyDataset.in(dir).replace("manifest.json", "sites.csv", "hospitals.csv"));
        assertProblem(p, "hospitals.csv", 0, "", "", "file not found");
    }

    // --- CSV files

    @Test
    void aMissingRequiredColumnIsNamed() {
        DataProblem p = onlyProblem(TinyDataset.in(dir).replace("areas.csv", "pop_2021,", "population,"));
        assertProblem(p, "areas.csv", 1, "pop_2021", "", "required column is missing");
    }

    @Test
    void aRowWithTheWrongNumberOfFieldsIsRejected() {
        DataProblem p = onlyProblem(TinyDataset.in(dir).replace("areas.csv", ",9\n", ",9,extra\n"));
        assertProblem(p, "areas.csv", 2, "", "", "has 10 fields but the header has 9");
    }

    @Test
    void aQuoteLeftOpenIsRejectedFromItsLine() {
        DataProblem p = onlyProblem(TinyDataset.in(dir).replace("practices.csv", "PARTNERS\"", "PARTNERS"));
        assertProblem(p, "practices.csv", 3, "", "", "cannot be read as CSV from this line on");
    }

    @Test
    void anAreasFileWithNoDataRowsIsRejected() {
        DataProblem p = onlyProblem(TinyDataset.in(dir).write("areas.csv", TinyDataset.AREAS.lines().findFirst()
                .orElseThrow() + "\n"));
        assertProblem(p, "areas.csv", 0, "", "", "has no data rows");
    }

    @Test
    void aDistrictsFileWithNoDataRowsIsRejected() {
        DataProblem p = onlyProblemIn(TinyDataset.in(dir).write("districts.csv", "lad22cd,lad22nm,n_lsoa21\n"),
                "districts.csv");
        assertProblem(p, "districts.csv", 0, "", "", "has no data rows");
    }

    @Test
    void aSiteFileWithNoDataRowsIsRejected() {
        DataProblem p = onlyProblem(TinyDataset.in(dir).write("sites.csv", TinyDataset.SITES.lines().findFirst()
                .orElseThrow() + "\n"));
        assertProblem(p, "sites.csv", 0, "", "", "has no data rows");
    }

    // --- areas

    @Test
    void aMalformedLsoaCodeIsRejected() {
        DataProblem p = onlyProblem(TinyDataset.in(dir).replace("areas.csv", "E01000002", "E1000002"));
        assertProblem(p, "areas.csv", 3, "lsoa21cd", "E1000002", "not a well-formed ONS LSOA code");
    }

    @Test
    void aBlankLsoaCodeIsRejected() {
        DataProblem p = onlyProblem(TinyDataset.in(dir).replace("areas.csv", "E01000002", ""));
        assertProblem(p, "areas.csv", 3, "lsoa21cd", "", "is empty (expected ONS LSOA code)");
    }

    @Test
    void aMalformedMsoaCodeIsRejected() {
        DataProblem p = onlyProblem(TinyDataset.in(dir).replace("areas.csv", "E02000002", "X02000002"));
        assertProblem(p, "areas.csv", 4, "msoa21cd", "X02000002", "ONS MSOA code");
    }

    @Test
    void aMalformedDistrictCodeIsRejected() {
        DataProblem p = onlyProblem(TinyDataset.in(dir).replace("areas.csv", "E09000007", "E10000007"));
        assertProblem(p, "areas.csv", 4, "lad22cd", "E10000007", "ONS district code");
    }

    @Test
    void anAreaInAnUnknownDistrictIsRejected() {
        DataProblem p = onlyProblem(TinyDataset.in(dir).replace("areas.csv", "E09000007", "E09000008"));
        assertProblem(p, "areas.csv", 4, "lad22cd", "E09000008", "not in the districts table");
    }

    @Test
    void aNegativePopulationIsRejected() {
        DataProblem p = onlyProblem(TinyDataset.in(dir).replace("areas.csv", "1384,277", "-1384,0"));
        assertProblem(p, "areas.csv", 3, "pop_2021", "-1384", "negative");
    }

    @Test
    void aPopulationThatIsNotAWholeNumberIsRejected() {
        DataProblem p = onlyProblem(TinyDataset.in(dir).replace("areas.csv", "1477,370", "14x7,370"));
        assertProblem(p, "areas.csv", 2, "pop_2021", "14x7", "not a whole number");
    }

    @Test
    void aNegativeOlderPopulationIsRejected() {
        DataProblem p = onlyProblem(TinyDataset.in(dir).replace("areas.csv", "1384,277", "1384,-277"));
        assertProblem(p, "areas.csv", 3, "pop_65plus_2021", "-277", "is negative (population aged 65+");
    }

    @Test
    void anOlderPopulationThatIsNotAWholeNumberIsRejected() {
        DataProblem p = onlyProblem(TinyDataset.in(dir).replace("areas.csv", "1384,277", "1384,27.7"));
        assertProblem(p, "areas.csv", 3, "pop_65plus_2021", "27.7", "is not a whole number (population aged 65+)");
    }

    @Test
    void moreOlderPeopleThanPeopleIsRejected() {
        DataProblem p = onlyProblem(TinyDataset.in(dir).replace("areas.csv", "1384,277", "1384,1385"));
        assertProblem(p, "areas.csv", 3, "pop_65plus_2021", "1385", "more than the whole population");
    }

    @Test
    void aLatitudeThatIsNotANumberIsRejected() {
        DataProblem p = onlyProblem(TinyDataset.in(dir).replace("areas.csv", "51.519187", "51.5I9187"));
        assertProblem(p, "areas.csv", 3, "pwc_lat", "51.5I9187", "is not a number (latitude)");
    }

    @Test
    void coordinatesOutsideTheBoundingBoxOfGreatBritainAreRejected() {
        DataProblem p = onlyProblem(TinyDataset.in(dir).replace("areas.csv", "51.55,-0.15", "-0.15,51.55"));
        assertProblem(p, "areas.csv", 4, "pwc_lat/pwc_lon", "-0.15,51.55", "is outside the bounding box of Great Britain");
    }

    @Test
    void aCentroidInDublinIsOutsideItsDistrict() {
        DataProblem p = onlyProblem(TinyDataset.in(dir).replace("areas.csv", "51.55,-0.15", "53.3498,-6.2603"));
        assertProblem(p, "areas.csv", 4, "pwc_lat/pwc_lon", "53.3498,-6.2603",
                "is outside the boundary of its district E09000007");
    }

    @Test
    void aCentroidInTheNeighbouringDistrictIsRejected() {
        DataProblem p = onlyProblem(TinyDataset.in(dir).replace("areas.csv", "51.55,-0.15", "51.52,-0.09"));
        assertProblem(p, "areas.csv", 4, "pwc_lat/pwc_lon", "51.52,-0.09",
                "is outside the boundary of its district E09000007");
    }

    @Test
    void aDecileOutsideOneToTenIsRejected() {
        DataProblem p = onlyProblem(TinyDataset.in(dir).replace("areas.csv", "-0.15,3", "-0.15,11"));
        assertProblem(p, "areas.csv", 4, "imd2019_decile", "11", "outside 1-10");
    }

    @Test
    void aDuplicateAreaCodeIsRejected() {
        DataProblem p = onlyProblem(TinyDataset.in(dir).replace("areas.csv", "E01000002", "E01000001"));
        assertProblem(p, "areas.csv", 3, "lsoa21cd", "E01000001", "more than once");
    }

    @Test
    void approximateImdDecilesAreCountedInANote() {
        TinyDataset d = TinyDataset.in(dir)
                .replace("areas.csv", "imd2019_decile\n", "imd2019_decile,imd2019_mapping\n")
                .replace("areas.csv", ",9\n", ",9,exact\n")
                .replace("areas.csv", ",10\n", ",10,approx_largest_parent\n")
                .replace("areas.csv", ",3\n", ",3,A\n");
        RegionModel model = loader.load(d.dir());
        assertEquals(List.of("2 of 3 areas have an approximate IMD 2019 decile (their 2021 LSOA merges 2011 LSOAs; the"
                + " decile of the most populous parent is used)."), model.notes());
    }

    // --- districts

    @Test
    void aDuplicateDistrictIsRejected() {
        DataProblem p = onlyProblem(TinyDataset.in(dir).write("districts.csv",
                TinyDataset.DISTRICTS + "E09000007,Camden again,0\n"));
        assertProblem(p, "districts.csv", 4, "lad22cd", "E09000007", "more than once");
    }

    @Test
    void aDistrictWithoutANameIsRejected() {
        DataProblem p = onlyProblemIn(TinyDataset.in(dir).replace("districts.csv", "Camden", ""), "districts.csv");
        assertProblem(p, "districts.csv", 3, "lad22nm", "", "is empty (expected the district's name)");
    }

    // --- boundaries

    @Test
    void aBoundaryFileThatIsNotValidJsonIsExplained() {
        DataProblem p = onlyProblem(TinyDataset.in(dir).write("boundaries.geojson", "{\"type\": \"FeatureCollection\""));
        assertProblem(p, "boundaries.geojson", 1, "", "", "is not valid JSON");
    }

    @Test
    void aBoundaryFileThatIsNotAFeatureCollectionIsRejected() {
        DataProblem p = onlyProblem(TinyDataset.in(dir).write("boundaries.geojson", TinyDataset.CITY));
        assertProblem(p, "boundaries.geojson", 0, "type", "Feature", "is not a GeoJSON FeatureCollection");
    }

    @Test
    void aBoundaryWithoutADistrictCodeIsRejected() {
        DataProblem p = onlyProblem(withBoundaries(TinyDataset.CITY, TinyDataset.CAMDEN,
                TinyDataset.CITY.replace("E09000001", "City")));
        assertProblem(p, "boundaries.geojson", 0, "features[2].properties.LAD22CD", "City", "not an ONS district code");
    }

    @Test
    void aBoundaryForAnUnknownDistrictIsRejected() {
        DataProblem p = onlyProblem(withBoundaries(TinyDataset.CITY, TinyDataset.CAMDEN,
                TinyDataset.feature("E09000099", TinyDataset.CITY_POLYGON)));
        assertProblem(p, "boundaries.geojson", 0, "features[2].properties.LAD22CD", "E09000099", "not in the districts");
    }

    @Test
    void aDistrictWithoutABoundaryIsNamed() {
        DataProblem p = onlyProblem(withBoundaries(TinyDataset.CITY));
        assertProblem(p, "boundaries.geojson", 0, "LAD22CD", "E09000007", "has no feature, but Camden is in the districts");
    }

    @Test
    void aDistrictWithTwoBoundaryFeaturesIsRejected() {
        DataProblem p = onlyProblem(withBoundaries(TinyDataset.CITY, TinyDataset.CAMDEN, TinyDataset.CAMDEN));
        assertProblem(p, "boundaries.geojson", 0, "features[2].properties.LAD22CD", "E09000007",
                "is the district of features[1] too");
    }

    @Test
    void aBoundaryThatIsNotAPolygonIsRejected() {
        DataProblem p = onlyProblem(withCamdenGeometry("{\"type\":\"Point\",\"coordinates\":[-0.15,51.55]}"));
        assertProblem(p, "boundaries.geojson", 0, "features[1].geometry.type", "Point", "must be Polygon or MultiPolygon");
    }

    @Test
    void aPolygonWithNoRingsIsRejected() {
        DataProblem p = onlyProblem(withCamdenGeometry("{\"type\":\"Polygon\",\"coordinates\":[]}"));
        assertProblem(p, "boundaries.geojson", 0, "features[1].geometry.coordinates", "[]", "has no rings");
    }

    @Test
    void aMultiPolygonWithNoPolygonsIsRejected() {
        DataProblem p = onlyProblem(withCamdenGeometry("{\"type\":\"MultiPolygon\",\"coordinates\":[]}"));
        assertProblem(p, "boundaries.geojson", 0, "features[1].geometry.coordinates", "[]", "has no polygons");
    }

    @Test
    void aRingThatIsNotAnArrayIsRejected() {
        DataProblem p = onlyProblem(withCamdenGeometry("{\"type\":\"MultiPolygon\",\"coordinates\":[[5]]}"));
        assertProblem(p, "boundaries.geojson", 0, "features[1].geometry.coordinates[0][0]", "5",
                "is not an array of positions");
    }

    @Test
    void aRingOfFewerThanFourPositionsIsRejected() {
        DataProblem p = onlyProblem(withCamdenGeometry(
                "{\"type\":\"Polygon\",\"coordinates\":[[[-0.2,51.53],[-0.12,51.53],[-0.2,51.53]]]}"));
        assertProblem(p, "boundaries.geojson", 0, "features[1].geometry.coordinates[0]",
                "[[-0.2,51.53],[-0.12,51.53],[-0.2,51.53]]", "has fewer than 4 positions");
    }

    @Test
    void aRingThatIsNotClosedIsRejected() {
        DataProblem p = onlyProblem(withCamdenGeometry(
                "{\"type\":\"Polygon\",\"coordinates\":[[[-0.2,51.53],[-0.12,51.53],[-0.12,51.57],[-0.2,51.57]]]}"));
        assertProblem(p, "boundaries.geojson", 0, "features[1].geometry.coordinates[0]",
                "[-0.2,51.53] ... [-0.2,51.57]", "is not closed");
    }

    @Test
    void aPositionThatIsNotTwoNumbersIsRejected() {
        DataProblem p = onlyProblem(withCamdenGeometry(TinyDataset.CAMDEN_POLYGON.replace("[-0.12,51.57]",
                "[\"-0.12\",51.57]")));
        assertProblem(p, "boundaries.geojson", 0, "features[1].geometry.coordinates[0][2]", "[\"-0.12\",51.57]",
                "is not a [longitude, latitude] position");
    }

    @Test
    void aBoundaryPositionOutsideTheBoundingBoxOfGreatBritainIsRejected() {
        DataProblem p = onlyProblem(withCamdenGeometry(TinyDataset.CAMDEN_POLYGON.replace("[-0.12,51.57]",
                "[51.57,-0.12]")));
        assertProblem(p, "boundaries.geojson", 0, "features[1].geometry.coordinates[0][2]", "[51.57,-0.12]",
                "is outside the bounding box of Great Britain");
    }

    // --- sites

    @Test
    void aMalformedPracticeCodeIsRejected() {
        DataProblem p = onlyProblem(TinyDataset.in(dir).replace("practices.csv", "F83002", "F8300"));
        assertProblem(p, "practices.csv", 3, "practice_code", "F8300", "ODS practice code");
    }

    @Test
    void aMalformedSiteCodeIsRejected() {
        DataProblem p = onlyProblem(TinyDataset.in(dir).replace("sites.csv", "RAL01", "ral-1"));
        assertProblem(p, "sites.csv", 3, "site_code_current", "ral-1", "ODS site code");
    }

    @Test
    void aSiteCodeUsedTwiceIsRejected() {
        DataProblem p = onlyProblem(TinyDataset.in(dir).replace("practices.csv", "F83003", "F83001"));
        assertProblem(p, "practices.csv", 4, "practice_code", "F83001", "more than once");
    }

    @Test
    void aSiteOutsideTheBoundingBoxOfGreatBritainIsRejected() {
        DataProblem p = onlyProblem(TinyDataset.in(dir).replace("sites.csv", "51.553,-0.165", "40.7,-74.0"));
        assertProblem(p, "sites.csv", 3, "lat/lon", "40.7,-74.0", "is outside the bounding box of Great Britain");
    }

    @Test
    void aSiteInCalaisIsTooFarFromTheRegion() {
        DataProblem p = onlyProblem(TinyDataset.in(dir).replace("sites.csv", "51.553,-0.165", "50.95,1.85"));
        assertProblem(p, "sites.csv", 3, "lat/lon", "50.95,1.85",
                "is 149 km from the nearest edge of the region's areas; check its coordinates");
    }

    @Test
    void aSiteWithoutCoordinatesIsAProblemUnlessItsTableAllowsIt() {
        DataProblem p = onlyProblem(TinyDataset.in(dir).replace("practices.csv", "51.54,-0.14", ","));
        assertProblem(p, "practices.csv", 2, "lat/lon", "", "are both empty: the site has no location");
    }

    @Test
    void aSiteWithoutCoordinatesInATableThatAllowsItIsNamedInANoteNotDropped() {
        RegionModel model = loader.load(TinyDataset.in(dir)
                .replace("manifest.json", "\"code_kind\": \"practice\"", "\"code_kind\": \"practice\", \"allow_unlocated\": true")
                .replace("practices.csv", "51.54,-0.14", ",").dir());
        assertEquals(4, model.sites().size());
        assertEquals(List.of("1 site in practices.csv has no coordinates and is left out of travel times: F83001."),
                model.notes());
    }

    @Test
    void aServiceFlagTheCatalogueDoesNotAllowIsRejected() {
        DataProblem p = onlyProblem(TinyDataset.in(dir).replace("sites.csv", "-0.136,Y,Y,N", "-0.136,Y,Yes,N"));
        assertProblem(p, "sites.csv", 2, "hasu", "Yes", "is not one of the values allowed in this column [Y, N]"
                + " (offered_by.values of service 'hasu'");
    }

    @Test
    void aSiteTableSplitOverTwoFilesOffersServicesFromBoth() {
        RegionModel model = loader.load(TinyDataset.in(dir).addSiteTable(BEYOND_ENTRY).write("beyond.csv", BEYOND)
                .dir());
        assertEquals(6, model.sites().size());
        assertEquals(List.of("RRV03", "RAL01", "RJZ30"), model.sitesOffering(new ServiceId("ae")).stream()
                .map(s -> s.code().value()).toList());
        assertTrue(model.sites().stream().noneMatch(Site::outsideRegion));
    }

    @Test
    void sitesFromAFileMarkedOutsideTheRegionAreOutsideTheRegion() {
        RegionModel model = loader.load(TinyDataset.in(dir)
                .addSiteTable(BEYOND_ENTRY.replace("\"code_kind\"", "\"outside_region\": true, \"code_kind\""))
                .write("beyond.csv", BEYOND).dir());
        assertEquals(List.of("RJZ30"), model.sites().stream().filter(Site::outsideRegion)
                .map(s -> s.code().value()).toList());
        assertTrue(model.sitesOffering(new ServiceId("ae")).stream().anyMatch(Site::outsideRegion));
    }

    @Test
    void codesAreUniqueAcrossTheFilesOfASiteTable() {
        DataProblem p = onlyProblem(TinyDataset.in(dir).addSiteTable(BEYOND_ENTRY)
                .write("beyond.csv", BEYOND.replace("RJZ30", "RAL01")));
        assertProblem(p, "beyond.csv", 2, "site_code_current", "RAL01", "appears more than once");
    }

    @Test
    void theCatalogueValuesApplyToEveryFileOfASiteTable() {
        DataProblem p = onlyProblem(TinyDataset.in(dir).addSiteTable(BEYOND_ENTRY)
                .write("beyond.csv", BEYOND.replace(",Y,N,N", ",Y,N,No")));
        assertProblem(p, "beyond.csv", 2, "major_trauma_centre", "No", "is not one of the values allowed");
    }

    // --- service catalogue

    @Test
    void aCatalogueRuleOnAMissingColumnIsRejected() {
        DataProblem p = onlyProblem(TinyDataset.in(dir).replace("sites.csv", "hasu,", "stroke,"));
        assertProblem(p, "services.json", 0, "offered_by.where", "hasu", "does not have");
    }

    @Test
    void aDatasetCatalogueMustNameRealTables() {
        DataProblem p = onlyCatalogueProblem(GP_SERVICE.replace("\"gp_practices\"", "\"practises\""));
        assertProblem(p, "services.json", 0, "offered_by.table", "practises", "not a site table");
    }

    @Test
    void anUnknownTravelModeIsRejected() {
        DataProblem p = onlyCatalogueProblem(GP_SERVICE.replace("\"walk\"", "\"teleport\""));
        assertProblem(p, "services.json", 0, "services[0].mode", "teleport", "unknown travel mode 'teleport'");
    }

    @Test
    void aTimeStandardOfZeroIsRejected() {
        DataProblem p = onlyCatalogueProblem(GP_SERVICE.replace("15", "0"));
        assertProblem(p, "services.json", 0, "services[0].standard_minutes", "0", "more than 0 and at most 1440");
    }

    @Test
    void aTimeStandardOfMoreThanADayIsRejected() {
        DataProblem p = onlyCatalogueProblem(GP_SERVICE.replace("15", "2000"));
        assertProblem(p, "services.json", 0, "services[0].standard_minutes", "2000", "more than 0 and at most 1440");
    }

    @Test
    void aServiceWithoutAStandardSourceIsRejected() {
        DataProblem p = onlyCatalogueProblem(GP_SERVICE.replace("\"standard_source\": \"test\",", ""));
        assertProblem(p, "services.json", 0, "services[0].standard_source", "", "must say where the time standard");
    }

    @Test
    void aServiceIdUsedTwiceIsRejected() {
        DataProblem p = onlyCatalogueProblem(GP_SERVICE, GP_SERVICE);
        assertProblem(p, "services.json", 0, "services[1].id", "gp", "appears twice");
    }

    @Test
    void aMalformedServiceIdIsRejected() {
        DataProblem p = onlyCatalogueProblem(GP_SERVICE.replace("\"gp\"", "\"G P\""));
        assertProblem(p, "services.json", 0, "services[0].id", "G P", "is not a service id");
    }

    @Test
    void aServiceWithoutANameIsRejected() {
        DataProblem p = onlyCatalogueProblem(GP_SERVICE.replace("\"name\": \"GP\",", ""));
        assertProblem(p, "services.json", 0, "services[0].name", "", "is missing");
    }

    @Test
    void aWhereThatIsNotAnObjectIsRejected() {
        DataProblem p = onlyCatalogueProblem(GP_SERVICE.replace("{\"prescribing_setting_2022\": \"4\"}",
                "[\"prescribing_setting_2022\"]"));
        assertProblem(p, "services.json", 0, "services[0].offered_by.where", "[\"prescribing_setting_2022\"]",
                "must be an object");
    }

    @Test
    void aWhereValueThatIsNotTextOrANumberIsRejected() {
        DataProblem p = onlyCatalogueProblem(GP_SERVICE.replace("\"4\"", "[\"4\"]"));
        assertProblem(p, "services.json", 0, "services[0].offered_by.where.prescribing_setting_2022", "[\"4\"]",
                "must be a text or number value");
    }

    @Test
    void aValuesColumnTheWhereDoesNotMentionIsRejected() {
        DataProblem p = onlyCatalogueProblem(GP_SERVICE.replace("}}}", "}, \"values\": {\"status_2025\": [\"A\"]}}}"));
        assertProblem(p, "services.json", 0, "services[0].offered_by.values", "status_2025",
                "names a column that services[0].offered_by.where does not mention");
    }

    @Test
    void aValuesEntryThatIsNotAListIsRejected() {
        DataProblem p = onlyCatalogueProblem(GP_SERVICE.replace("}}}",
                "}, \"values\": {\"prescribing_setting_2022\": \"4\"}}}"));
        assertProblem(p, "services.json", 0, "services[0].offered_by.values.prescribing_setting_2022", "\"4\"",
                "must be a non-empty list");
    }

    @Test
    void aWhereValueItsValuesListDoesNotAllowIsRejected() {
        DataProblem p = onlyCatalogueProblem(GP_SERVICE.replace("}}}",
                "}, \"values\": {\"prescribing_setting_2022\": [\"0\", \"1\"]}}}"));
        assertProblem(p, "services.json", 0, "services[0].offered_by.where.prescribing_setting_2022", "4",
                "is not among the values services[0].offered_by.values allows for this column [0, 1]");
    }

    @Test
    void aDatasetCatalogueWithValuesLoadsAndChecksThem() {
        TinyDataset d = withCatalogue(GP_SERVICE.replace("}}}",
                "}, \"values\": {\"prescribing_setting_2022\": [\"0\", \"4\"]}}}"));
        assertEquals(2, loader.load(d.dir()).sitesOffering(new ServiceId("gp")).size());
        DataProblem p = onlyProblem(d.replace("practices.csv", ",0,", ",9,"));
        assertProblem(p, "practices.csv", 4, "prescribing_setting_2022", "9", "is not one of the values allowed in"
                + " this column [0, 4]");
    }

    // --- all together

    @Test
    void everyProblemInEveryFileIsReportedTogether() {
        TinyDataset d = TinyDataset.in(dir)
                .replace("areas.csv", "1477,370", "-1,370")
                .replace("areas.csv", "-0.15,3", "-0.15,0")
                .replace("sites.csv", "RAL01", "R");
        List<DataProblem> problems = problems(d);
        // line 2: negative population, and 65+ cannot be checked against it; line 4: decile; sites: code
        assertEquals(List.of(2L, 4L, 3L), problems.stream().map(DataProblem::line).toList(), problems.toString());
        String message = assertThrows(DatasetException.class, () -> loader.load(d.dir())).getMessage();
        assertTrue(message.contains("3 problems"), message);
        assertTrue(message.contains("areas.csv:2: pop_2021 '-1' is negative"), message);
        assertFalse(message.contains("Exception"), message);
    }
}
