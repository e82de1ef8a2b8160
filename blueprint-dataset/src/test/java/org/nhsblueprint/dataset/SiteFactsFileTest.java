package org.nhsblueprint.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nhsblueprint.model.RegionModel;
import org.nhsblueprint.model.ServiceId;
import org.nhsblueprint.model.SiteCode;
import org.nhsblueprint.model.SiteFact;
import org.nhsblueprint.model.SiteFacts;

/** Published figures about sites: read as the manifest describes them, each checked, each with its source. */
class SiteFactsFileTest {
    private static final ServiceId HASU = new ServiceId("hasu");

    @Test
    void londonsStrokeUnitsCarryTheirAuditFigures() {
        Path dir = RealDatasetTest.DATASETS.resolve("london");
        DatasetLoader loader = new DatasetLoader();
        RegionModel london = loader.load(dir);
        SiteFacts facts = loader.siteFacts(dir, london);
        // the Royal London (R1H12): 861 admissions, 13.4% thrombolysed, in london_hasu_2022.csv
        List<SiteFact> royalLondon = facts.of(new SiteCode("R1H12"), HASU);
        assertEquals(List.of("861", "13.4%", "yes"), royalLondon.stream().map(SiteFact::value).toList());
        assertTrue(royalLondon.get(0).source().title().contains("2021 to March 2022"));
        assertEquals(8, london.sitesOffering(HASU).stream().filter(s -> !facts.of(s.code(), HASU).isEmpty()).count());
        assertEquals("North East London and Essex Trauma Network",
                facts.of(new SiteCode("R1H12"), new ServiceId("mtc")).get(0).value());
        // every practice has its registered list, London's and those beyond the boundary
        ServiceId gp = new ServiceId("gp");
        assertEquals(1_186 + 105, london.sitesOffering(gp).stream().filter(s -> facts.of(s.code(), gp).size() == 1)
                .count());
        assertEquals("13,681", facts.of(new SiteCode("H83001"), gp).get(0).value());
        // a fact for another service of the same site is not mixed in
        assertTrue(facts.of(new SiteCode("R1H12"), new ServiceId("ae")).isEmpty());
    }

    @Test
    void aDatasetWithoutTheSectionHasNone(@TempDir Path dir) {
        TinyDataset.in(dir);
        RegionModel tiny = new DatasetLoader().load(dir);
        assertSame(SiteFacts.NONE, new DatasetLoader().siteFacts(dir, tiny));
    }

    @Test
    void badValuesAndUnknownSitesAreNamedByFileLineAndColumn(@TempDir Path dir) {
        TinyDataset.in(dir).write("audit.csv", "site,admissions,rate,network\nRRV03,1200,12.5,North\n"
                + "RAL01,many,140,South\nNOSUCH,10,1,East\nRRV03,,,\n")
                .replace("manifest.json", "\n  ]\n}", "\n  ],\n  \"site_facts\": [{\"file\": \"audit.csv\", \"title\":"
                        + " \"Audit\", \"code_column\": \"site\", \"service\": \"hasu\", \"facts\": ["
                        + "{\"column\": \"admissions\", \"label\": \"Admissions\", \"format\": \"count\"},"
                        + "{\"column\": \"rate\", \"label\": \"Rate\", \"format\": \"percent\"},"
                        + "{\"column\": \"network\", \"label\": \"Network\", \"format\": \"text\"}]}]\n}");
        RegionModel tiny = new DatasetLoader().load(dir);
        DatasetException e = assertThrows(DatasetException.class, () -> new DatasetLoader().siteFacts(dir, tiny));
        List<String> problems = e.problems().stream().map(p -> p.line() + " " + p.field() + " " + p.value()).toList();
        assertEquals(List.of("3 admissions many", "3 rate 140", "4 site NOSUCH"), problems);
        assertTrue(e.problems().get(0).file().endsWith("audit.csv"), e.problems().get(0).file());
    }

    @Test
    void aBadSectionNamesTheManifestField(@TempDir Path dir) {
        TinyDataset.in(dir).replace("manifest.json", "\n  ]\n}", "\n  ],\n  \"site_facts\": [{\"file\": \"x.csv\","
                + " \"title\": \"X\", \"code_column\": \"site\", \"service\": \"dentist\", \"facts\": ["
                + "{\"column\": \"a\", \"label\": \"A\", \"format\": \"stars\"}]}]\n}");
        RegionModel tiny = new DatasetLoader().load(dir);
        DatasetException e = assertThrows(DatasetException.class, () -> new DatasetLoader().siteFacts(dir, tiny));
        assertEquals(List.of("site_facts[0].service", "site_facts[0].facts[0].format"),
                e.problems().stream().map(p -> p.field()).toList());
    }

    @Test
    void valuesAreShownAsTheyAreRead() {
        assertEquals("1,431", SiteFactsFile.shown("1431", "count"));
        assertEquals("8.0%", SiteFactsFile.shown("8", "percent"));
        assertEquals("no", SiteFactsFile.shown("N", "yes_no"));
        assertEquals("", SiteFactsFile.shown("  ", "count"));
        assertEquals(null, SiteFactsFile.shown("-3", "count"));
        assertEquals(null, SiteFactsFile.shown("maybe", "yes_no"));
    }
}
