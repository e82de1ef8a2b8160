package org.nhsblueprint.report;

import java.util.Optional;
import org.nhsblueprint.access.AccessResult;
import org.nhsblueprint.model.RegionModel;

/**
 * One service's section of the report: headline figures; then two columns, the borough map (when there are
 * boundaries) over the choice table, and the cumulative chart over the deprivation table; then the borough table.
 * Immutable, but not thread-safe when it draws maps (see {@link ChoroplethMap}): one per report.
 */
final class ServiceSection {
    private final Optional<ChoroplethMap> map;

    ServiceSection(Optional<ChoroplethMap> map) {
        this.map = map;
    }

    /** The anchor of a service's section, for links from the summary table. */
    static String anchor(AccessResult r) {
        return "service-" + r.service().id().value();
    }

    void render(Html h, RegionModel model, AccessResult r) {
        h.raw("<section class=\"service\" id=\"").raw(anchor(r)).raw("\">\n").element("h2", r.service().name())
                .element("p class=\"lede\"", Display.mode(r.service().mode()) + ", standard "
                        + Display.plain(r.service().standardMinutes()) + " minutes \u00b7 "
                        + SiteCounts.of(r).sentence(model.name()) + " \u00b7 "
                        + Display.count(r.overall().population()) + " residents")
                .newline();
        HeadlineFigures.render(h, r);
        h.raw("<div class=\"panels\">\n<div class=\"panel\">\n");
        if (map.isPresent()) {
            h.element("h3", "Mean journey time by borough").newline();
            map.get().render(h, r, model.sitesOffering(r.service().id()), model.name());
        }
        ChoiceTable.render(h, r);
        h.raw("</div>\n<div class=\"panel\">\n")
                .element("h3", "How many people are within each number of minutes").newline();
        CumulativeChart.render(h, r);
        DecileTable.render(h, r, model.name());
        h.raw("</div>\n</div>\n");
        BoroughTable.render(h, r);
        h.raw("</section>\n");
    }
}
