package org.nhsblueprint.report;

import java.util.List;
import java.util.Set;
import org.nhsblueprint.access.AccessAnalysis;
import org.nhsblueprint.access.AccessResult;
import org.nhsblueprint.model.Area;
import org.nhsblueprint.model.Boundary;
import org.nhsblueprint.model.DataSource;
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
 * A tiny made-up region for report tests: two boroughs side by side in central London (the western one reaching
 * further south, so the map's frame holds a corner outside the region; the eastern one with a hostile name), five
 * areas, three GP practices in the region and two beyond its boundary (one inside the map's frame, one far outside
 * it). Names include a comma, a quote and markup so that escaping and CSV quoting are exercised. Stateless; the
 * models it makes are immutable.
 */
final class SyntheticRegion {
    static final String HOSTILE = "Hackney & <script>alert('x')</script>";
    static final String COMMA_AREA = "Camden, north \"A\"";
    static final Service GP = new Service(new ServiceId("gp"), "GP practice", TravelMode.WALK, 20,
            "Todd et al. (2015) BMJ Open");
    /** A practice beyond the boundary, south of the eastern borough: inside the map's frame, outside every borough. */
    static final String BORDER_PRACTICE = "Border Practice";
    /** A practice beyond the boundary and far outside the map's frame (about 25 km south-east). */
    static final String FAR_PRACTICE = "Far Practice";
    static final String IMD_NOTE = "1 of 5 areas has an approximate IMD 2019 decile.";

    private SyntheticRegion() {
    }

    static RegionModel model() {
        return model(List.of(rectangle("E09000001", 51.46, -0.20, -0.10), square("E09000002", -0.10, 0.00)));
    }

    static RegionModel model(List<Boundary> boundaries) {
        DistrictCode west = new DistrictCode("E09000001");
        DistrictCode east = new DistrictCode("E09000002");
        List<Area> areas = List.of(
                new Area(new LsoaCode("E01000001"), COMMA_AREA, west, new GeoPoint(51.58, -0.18), 1500, 200, 7),
                new Area(new LsoaCode("E01000002"), "Camden 002", west, new GeoPoint(51.52, -0.12), 1600, 150, 2),
                new Area(new LsoaCode("E01000003"), "Hackney 001", east, new GeoPoint(51.55, -0.05), 1700, 300, 1),
                new Area(new LsoaCode("E01000004"), "Hackney 002", east, new GeoPoint(51.51, -0.01), 1400, 100, 1),
                new Area(new LsoaCode("E01000005"), "Hackney 003", east, new GeoPoint(51.59, -0.09), 1200, 250, 10));
        ServiceId gp = GP.id();
        List<Site> sites = List.of(
                new Site(new SiteCode("F83001"), "The <b>Surgery</b>", new GeoPoint(51.55, -0.15), Set.of(gp), "gp"),
                new Site(new SiteCode("F84002"), "Riverside, Practice", new GeoPoint(51.54, -0.05), Set.of(gp), "gp"),
                new Site(new SiteCode("F84003"), "Hill Practice", new GeoPoint(51.58, -0.03), Set.of(gp), "gp"),
                new Site(new SiteCode("RAL01"), "Royal Free", new GeoPoint(51.553, -0.165), Set.of(), "acute"),
                new Site(new SiteCode("G82001"), BORDER_PRACTICE, new GeoPoint(51.48, -0.05), Set.of(gp), "gp_border",
                        true),
                new Site(new SiteCode("G82002"), FAR_PRACTICE, new GeoPoint(51.30, 0.20), Set.of(gp), "gp_border",
                        true));
        return new RegionModel("Testshire", "Census 2021; made up", areas,
                List.of(new District(west, "Camden"), new District(east, HOSTILE)), sites,
                ServiceCatalogue.of(List.of(GP)), boundaries,
                List.of(new DataSource("Areas", "lsoa/areas.csv", "ONS", "2021", "OGL v3"),
                        new DataSource("GP practices, with lists", "gp.csv", "NHS Digital", "2022", "OGL v3")),
                "Contains public sector information licensed under the Open Government Licence v3.0.",
                List.of("1 site left out: no location.", IMD_NOTE));
    }

    /** The same model without the sites beyond the boundary. */
    static RegionModel withoutSitesBeyond(RegionModel m) {
        return new RegionModel(m.name(), m.vintage(), m.areas(), m.districts(),
                m.sites().stream().filter(s -> !s.outsideRegion()).toList(), m.catalogue(), m.boundaries(),
                m.sources(), m.attribution(), m.notes());
    }

    static AccessResult result(RegionModel model) {
        return new AccessAnalysis(new GreatCircleEstimate(EstimateParameters.londonDefaults())).run(model, GP);
    }

    /** A square boundary from latitude 51.5 to 51.6 between two longitudes. */
    static Boundary square(String district, double west, double east) {
        return rectangle(district, 51.5, west, east);
    }

    /** A rectangular boundary from latitude {@code south} to 51.6 between two longitudes. */
    static Boundary rectangle(String district, double south, double west, double east) {
        List<GeoPoint> ring = List.of(new GeoPoint(south, west), new GeoPoint(south, east), new GeoPoint(51.6, east),
                new GeoPoint(51.6, west), new GeoPoint(south, west));
        return new Boundary(new DistrictCode(district), List.of(List.of(ring)));
    }
}
