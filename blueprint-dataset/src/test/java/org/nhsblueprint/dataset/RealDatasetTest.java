package org.nhsblueprint.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nhsblueprint.model.RegionModel;
import org.nhsblueprint.model.ServiceId;
import org.nhsblueprint.model.Site;

/** The bundled datasets load and hold the published totals. */
class RealDatasetTest {
    static final Path DATASETS = Path.of("..", "datasets");

    @Test
    void londonHoldsEveryLsoaAndTheCensusPopulation() {
        RegionModel london = new DatasetLoader().load(DATASETS.resolve("london"));
        assertEquals(4_994, london.areas().size());
        assertEquals(8_799_687, london.population());
        assertEquals(1_043_459, london.areas().stream().mapToLong(a -> a.population65Plus()).sum());
        assertEquals(33, london.districts().size());
        assertEquals(33, london.boundaries().size());
        // London's practices and acute sites, and those just beyond its boundary (outside_region in the manifest)
        assertEquals(1_188 + 38 + 105 + 8, london.sites().size());
        assertEquals(105 + 8, london.sites().stream().filter(Site::outsideRegion).count());
    }

    @Test
    void everyLondonCentroidLiesInsideItsOwnBorough() {
        RegionModel london = new DatasetLoader().load(DATASETS.resolve("london"));
        DistrictShapes boroughs = DistrictShapes.of(london.boundaries());
        assertEquals(4_994, london.areas().stream().filter(a -> boroughs.covers(a.district(), a.centroid())).count());
    }

    @Test
    void londonOffersTheFourServicesAtThePublishedNumbersOfSites() {
        RegionModel london = new DatasetLoader().load(DATASETS.resolve("london"));
        // prescribing setting 4 only: 1,186 in London and 105 just beyond it
        assertEquals(1_186 + 105, london.sitesOffering(new ServiceId("gp")).size());
        assertEquals(27 + 8, london.sitesOffering(new ServiceId("ae")).size());
        assertEquals(8, london.sitesOffering(new ServiceId("hasu")).size());
        assertEquals(4, london.sitesOffering(new ServiceId("mtc")).size());
        assertEquals(List.of("22 of 4,994 areas have an approximate IMD 2019 decile (their 2021 LSOA merges 2011"
                + " LSOAs; the decile of the most populous parent is used)."), london.notes());
    }

    /** Needs {@code "allow_unlocated": true} on the GP table in datasets/england/manifest.json (2 practices lack one). */
    @Test
    void englandLoadsAtFullScaleAndNamesWhatItLacks() {
        RegionModel england = new DatasetLoader().load(DATASETS.resolve("england"));
        assertEquals(33_755, england.areas().size());
        assertEquals(56_489_608, england.population());
        assertEquals(309, england.districts().size());
        assertEquals(6_504, england.sites().size());
        assertTrue(england.notes().stream().anyMatch(n -> n.contains("N81119") && n.contains("N83018")),
                england.notes().toString());
        assertTrue(england.notes().stream().anyMatch(n -> n.contains("'hasu'")), england.notes().toString());
        assertTrue(england.notes().contains("103 of 33,755 areas have an approximate IMD 2019 decile (their 2021 LSOA"
                + " merges 2011 LSOAs; the decile of the most populous parent is used)."), england.notes().toString());
        assertEquals(1, england.catalogue().all().size());
    }
}
