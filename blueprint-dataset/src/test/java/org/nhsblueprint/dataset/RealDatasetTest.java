package org.nhsblueprint.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.nhsblueprint.model.RegionModel;
import org.nhsblueprint.model.ServiceId;

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
        assertEquals(1_188 + 38, london.sites().size());
    }

    @Test
    void londonOffersTheFourServicesAtThePublishedNumbersOfSites() {
        RegionModel london = new DatasetLoader().load(DATASETS.resolve("london"));
        assertEquals(1_186, london.sitesOffering(new ServiceId("gp")).size()); // prescribing setting 4 only
        assertEquals(27, london.sitesOffering(new ServiceId("ae")).size());
        assertEquals(8, london.sitesOffering(new ServiceId("hasu")).size());
        assertEquals(4, london.sitesOffering(new ServiceId("mtc")).size());
        assertTrue(london.notes().isEmpty(), london.notes().toString());
    }

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
        assertEquals(1, england.catalogue().all().size());
    }
}
