package org.nhsblueprint.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nhsblueprint.model.DistrictCode;
import org.nhsblueprint.model.PostcodeDistricts;
import org.nhsblueprint.model.RegionModel;

/** Postcode districts placed from the dataset's own located postcodes, so residents can type one. */
class PostcodeDistrictsFileTest {

    @Test
    void whatResidentsTypeIsReadAsADistrict() {
        assertEquals(Optional.of("NW1"), PostcodeDistricts.districtOf(" nw1 "));
        assertEquals(Optional.of("NW1"), PostcodeDistricts.districtOf("NW1 2BU"));
        assertEquals(Optional.of("NW1"), PostcodeDistricts.districtOf("nw12bu"));
        assertEquals(Optional.of("E1"), PostcodeDistricts.districtOf("E12BU"), "an inward code is always 3 long");
        assertEquals(Optional.of("SW1A"), PostcodeDistricts.districtOf("SW1A 1AA"));
        assertEquals(Optional.of("SE15"), PostcodeDistricts.districtOf("SE15"));
        assertEquals(Optional.empty(), PostcodeDistricts.districtOf("London"));
        assertEquals(Optional.empty(), PostcodeDistricts.districtOf("'; DROP TABLE x; --"));
        assertEquals(Optional.empty(), PostcodeDistricts.districtOf(""));
    }

    @Test
    void londonsDistrictsLieInTheBoroughsTheyAreIn() {
        Path dir = RealDatasetTest.DATASETS.resolve("london");
        DatasetLoader loader = new DatasetLoader();
        RegionModel london = loader.load(dir);
        PostcodeDistricts districts = loader.postcodeDistricts(dir);
        // 1,186 + 105 practices and 38 + 8 hospital sites share 272 outward codes
        assertEquals(272, districts.size());
        DistrictShapes boroughs = DistrictShapes.of(london.boundaries());
        // Peckham (SE15) is in Southwark, Walthamstow (E17) in Waltham Forest, Harrow (HA1) in Harrow
        assertTrue(boroughs.covers(new DistrictCode("E09000028"), districts.find("SE15 5LJ").orElseThrow().centre()));
        assertTrue(boroughs.covers(new DistrictCode("E09000031"), districts.find("e17").orElseThrow().centre()));
        assertTrue(boroughs.covers(new DistrictCode("E09000015"), districts.find("HA1").orElseThrow().centre()));
        assertTrue(districts.find("EC2A").isEmpty(), "no practice or hospital in the data has an EC2A postcode");
        assertTrue(districts.source().orElseThrow().title().contains("mean position"));
    }

    @Test
    void aDatasetWithoutTheSectionHasNone(@TempDir Path dir) {
        TinyDataset.in(dir);
        assertSame(PostcodeDistricts.NONE, new DatasetLoader().postcodeDistricts(dir));
    }

    @Test
    void badPostcodesAreNamedByFileLineAndColumn(@TempDir Path dir) {
        TinyDataset.in(dir).write("places.csv", "pc,lat,lon\nNW1 2BU,51.53,-0.14\nnw1 2bu,51.53,-0.14\n"
                + "NW3 2QG,,\nNW5 1TL,north,-0.14\n")
                .replace("manifest.json", "\n  ]\n}", "\n  ],\n  \"postcode_districts\": {\"title\": \"Places\","
                        + " \"tables\": [{\"file\": \"places.csv\", \"postcode_column\": \"pc\", \"lat_column\":"
                        + " \"lat\", \"lon_column\": \"lon\"}]}\n}");
        DatasetException e = assertThrows(DatasetException.class, () -> new DatasetLoader().postcodeDistricts(dir));
        assertEquals(List.of("3 pc nw1 2bu", "5 lat north,-0.14"),
                e.problems().stream().map(p -> p.line() + " " + p.field() + " " + p.value()).toList());
    }
}
