package org.nhsblueprint.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nhsblueprint.model.RegionModel;
import org.nhsblueprint.model.ServiceId;

/** One test per validation rule: each spoils one value of a valid dataset and checks the problem reported. */
class DatasetValidationTest {
    @TempDir
    Path dir;

    private final DatasetLoader loader = new DatasetLoader();

    private DataProblem onlyProblem(TinyDataset d) {
        List<DataProblem> problems = problems(d);
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
    }

    @Test
    void aMissingRequiredColumnIsNamed() {
        DataProblem p = onlyProblem(TinyDataset.in(dir).replace("areas.csv", "pop_2021,", "population,"));
        assertProblem(p, "areas.csv", 1, "pop_2021", "", "required column is missing");
    }

    @Test
    void aMalformedLsoaCodeIsRejected() {
        DataProblem p = onlyProblem(TinyDataset.in(dir).replace("areas.csv", "E01000002", "E1000002"));
        assertProblem(p, "areas.csv", 3, "lsoa21cd", "E1000002", "not a well-formed ONS LSOA code");
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
    void moreOlderPeopleThanPeopleIsRejected() {
        DataProblem p = onlyProblem(TinyDataset.in(dir).replace("areas.csv", "1384,277", "1384,1385"));
        assertProblem(p, "areas.csv", 3, "pop_65plus_2021", "1385", "more than the whole population");
    }

    @Test
    void aPopulationThatIsNotAWholeNumberIsRejected() {
        DataProblem p = onlyProblem(TinyDataset.in(dir).replace("areas.csv", "1477,370", "14x7,370"));
        assertProblem(p, "areas.csv", 2, "pop_2021", "14x7", "not a whole number");
    }

    @Test
    void coordinatesOutsideGreatBritainAreRejected() {
        DataProblem p = onlyProblem(TinyDataset.in(dir).replace("areas.csv", "51.55,-0.15", "-0.15,51.55"));
        assertProblem(p, "areas.csv", 4, "pwc_lat/pwc_lon", "-0.15,51.55", "not inside Great Britain");
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
    void aRowWithTheWrongNumberOfFieldsIsRejected() {
        DataProblem p = onlyProblem(TinyDataset.in(dir).replace("areas.csv", ",9\n", ",9,extra\n"));
        assertProblem(p, "areas.csv", 2, "", "", "has 10 fields but the header has 9");
    }

    @Test
    void aDuplicateDistrictIsRejected() {
        DataProblem p = onlyProblem(TinyDataset.in(dir).write("districts.csv",
                TinyDataset.DISTRICTS + "E09000007,Camden again,0\n"));
        assertProblem(p, "districts.csv", 4, "lad22cd", "E09000007", "more than once");
    }

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
    void aSiteOutsideGreatBritainIsRejected() {
        DataProblem p = onlyProblem(TinyDataset.in(dir).replace("sites.csv", "51.553,-0.165", "40.7,-74.0"));
        assertProblem(p, "sites.csv", 3, "lat/lon", "40.7,-74.0", "not inside Great Britain");
    }

    @Test
    void aSiteWithoutCoordinatesIsNamedInANoteNotDropped() {
        RegionModel model = loader.load(TinyDataset.in(dir).replace("practices.csv", "51.54,-0.14", ",").dir());
        assertEquals(4, model.sites().size());
        assertTrue(model.notes().stream().anyMatch(n -> n.contains("F83001") && n.contains("no coordinates")),
                model.notes().toString());
    }

    @Test
    void aBoundaryForAnUnknownDistrictIsRejected() {
        DataProblem p = onlyProblem(TinyDataset.in(dir).replace("boundaries.geojson", "E09000001", "E09000099"));
        assertProblem(p, "boundaries.geojson", 0, "features[0].properties.LAD22CD", "E09000099", "not in the districts");
    }

    @Test
    void aMissingFileIsNamed() {
        DataProblem p = onlyProblem(TinyDataset.in(dir).replace("manifest.json", "sites.csv", "hospitals.csv"));
        assertProblem(p, "hospitals.csv", 0, "", "", "file not found");
    }

    @Test
    void aFolderWithoutManifestIsExplained() {
        DataProblem p = onlyProblem(TinyDataset.in(dir).write("manifest.json", "{\"name\": \"x\""));
        assertProblem(p, "manifest.json", 1, "", "", "not valid JSON");
    }

    @Test
    void aManifestMissingAFieldNamesIt() {
        DataProblem p = onlyProblem(TinyDataset.in(dir).replace("manifest.json", "\"code_kind\": \"trust_site\"",
                "\"code_kind\": \"hospital\""));
        assertProblem(p, "manifest.json", 0, "site_tables[1].code_kind", "hospital", "must be");
    }

    @Test
    void aCatalogueRuleOnAMissingColumnIsRejected() {
        TinyDataset d = TinyDataset.in(dir).replace("sites.csv", "hasu,", "stroke,");
        DataProblem p = onlyProblem(d);
        assertProblem(p, "services.json", 0, "offered_by.where", "hasu", "does not have");
    }

    @Test
    void aDatasetCatalogueMustNameRealTables() {
        TinyDataset d = TinyDataset.in(dir)
                .replace("manifest.json", "\"vintage\": \"test\",", "\"vintage\": \"test\", \"services\": \"services.json\",")
                .write("services.json", """
                        {"services": [{"id": "gp", "name": "GP", "mode": "walk", "standard_minutes": 15,
                          "standard_source": "test", "offered_by": {"table": "practises"}}]}
                        """);
        DataProblem p = onlyProblem(d);
        assertProblem(p, "services.json", 0, "offered_by.table", "practises", "not a site table");
    }

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
    }
}
