package org.nhsblueprint.demand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nhsblueprint.access.AccessAnalysis;
import org.nhsblueprint.model.Area;
import org.nhsblueprint.model.District;
import org.nhsblueprint.model.DistrictCode;
import org.nhsblueprint.model.GeoPoint;
import org.nhsblueprint.model.LsoaCode;
import org.nhsblueprint.model.RegionModel;
import org.nhsblueprint.model.Service;
import org.nhsblueprint.model.ServiceCatalogue;
import org.nhsblueprint.model.ServiceId;
import org.nhsblueprint.model.Site;
import org.nhsblueprint.model.SiteCode;
import org.nhsblueprint.model.TravelMode;
import org.nhsblueprint.travel.EstimateParameters;
import org.nhsblueprint.travel.GreatCircleEstimate;

/**
 * The shipped London figures: the calibrated stroke rates reproduce the 2021/22 audit total over London's Census 2021
 * population, and allocating it to the 8 HASUs by nearest site conserves it. Reads the real CSVs (the engine never
 * does; only this test).
 */
class LondonStrokeDemandTest {
    static final Path DATA = Path.of("../datasets/london");
    static final ServiceId HASU = new ServiceId("hasu");
    static final Service SERVICE = new Service(HASU, "Hyper-acute stroke unit", TravelMode.AMBULANCE, 30,
            "test: 30 minutes");

    static RegionModel london;
    static Map<SiteCode, Integer> realAdmissions;
    static DemandRate rate;

    @BeforeAll
    static void load() throws IOException {
        rate = DemandRates.parse(lines("demand/demand_rates.csv"), "demand_rates.csv").of(HASU).orElseThrow();
        List<Map<String, String>> lsoas = rows("lsoa/london_lsoa21.csv");
        List<Area> areas = new ArrayList<>();
        Map<DistrictCode, District> districts = new LinkedHashMap<>();
        for (Map<String, String> r : lsoas) {
            DistrictCode d = new DistrictCode(r.get("lad22cd"));
            districts.putIfAbsent(d, new District(d, r.get("lad22nm")));
            areas.add(new Area(new LsoaCode(r.get("lsoa21cd")), r.get("lsoa21nm"), d,
                    new GeoPoint(Double.parseDouble(r.get("pwc_lat")), Double.parseDouble(r.get("pwc_lon"))),
                    Integer.parseInt(r.get("pop_2021")), Integer.parseInt(r.get("pop_65plus_2021")),
                    Integer.parseInt(r.get("imd2019_decile"))));
        }
        List<Site> sites = new ArrayList<>();
        realAdmissions = new LinkedHashMap<>();
        for (Map<String, String> r : rows("hospitals/london_hasu_2022.csv")) {
            SiteCode code = new SiteCode(r.get("site_code"));
            // the NHS Choices point: the stroke file's Charing Cross point is 1.6 km off (hospitals/SOURCE.md)
            sites.add(new Site(code, r.get("site_name"), new GeoPoint(Double.parseDouble(r.get("site_lat_nhschoices")),
                    Double.parseDouble(r.get("site_lon_nhschoices"))), Set.of(HASU), "london_hasu_2022"));
            realAdmissions.put(code, Integer.parseInt(r.get("admissions_2021_22")));
        }
        london = new RegionModel("London", "test", areas, List.copyOf(districts.values()), sites,
                ServiceCatalogue.of(List.of(SERVICE)), List.of(), List.of(), "", List.of());
    }

    @Test
    void theCalibratedStrokeRatesReproduceTheAuditTotalOverLondon() {
        int audit = realAdmissions.values().stream().mapToInt(Integer::intValue).sum();
        assertEquals(8148, audit);
        assertEquals(8_799_687, london.areas().stream().mapToInt(Area::population).sum());
        assertEquals(1_043_459, london.areas().stream().mapToInt(Area::population65Plus).sum());
        double demand = london.areas().stream().mapToDouble(rate::yearlyEvents).sum();
        assertEquals(audit, demand, 1e-6); // the CSV's 12 decimal places leave about 1e-9 admissions of rounding
        double older = rate.perThousand65Plus() * 1_043_459 / 1000;
        assertEquals(0.75, older / demand, 1e-12); // the assumed age split (SOURCE.md)
    }

    @Test
    void nearestSiteAllocationToTheEightHasusConservesTheAuditTotal() {
        SiteVolumes v = Allocation.allocate(
                new AccessAnalysis(new GreatCircleEstimate(EstimateParameters.londonDefaults())).run(london, SERVICE),
                realAdmissions.keySet(), rate, new AllocationRule.Nearest());
        MinimumVolume min = MinimumVolumes.parse(lines("demand/min_volumes.csv"), "min_volumes.csv").of(HASU)
                .orElseThrow();
        System.out.printf("London HASUs 2021/22, nearest-site allocation (straight-line ambulance estimate)%n");
        System.out.printf("%-6s %10s %10s %8s%n", "site", "modelled", "real", "diff %");
        for (SiteVolume s : v.sites()) {
            int real = realAdmissions.get(s.site());
            System.out.printf("%-6s %10.1f %10d %+8.1f%n", s.site(), s.yearlyVolume(), real,
                    100 * (s.yearlyVolume() - real) / real);
        }
        VolumeCheck check = VolumeCheck.of(v, min);
        System.out.printf("total  %10.1f %10d; below %.0f a year: %s%n", v.totalAllocated(), 8148, min.minPerYear(),
                check.below());
        assertEquals(8148, v.totalDemand(), 1e-6);
        assertEquals(8148, v.totalAllocated(), 1e-6);
        assertEquals(8, check.checked());
    }

    static List<String> lines(String file) {
        try {
            return Files.readAllLines(DATA.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static List<Map<String, String>> rows(String file) {
        List<String> lines = lines(file);
        List<String> header = CsvLines.split(lines.get(0), file, 1);
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            List<String> f = CsvLines.row(lines, i, file, header.size());
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                row.put(header.get(c), f.get(c));
            }
            rows.add(row);
        }
        return rows;
    }
}
