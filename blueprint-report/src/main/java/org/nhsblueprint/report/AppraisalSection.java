package org.nhsblueprint.report;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nhsblueprint.model.RegionModel;
import org.nhsblueprint.model.Site;
import org.nhsblueprint.model.SiteCode;
import org.nhsblueprint.scenario.ServiceAppraisal;

/**
 * One changed service's section of the appraisal report: a sentence on who travels further and who less far; then
 * the borough map of the change in minutes (when there are boundaries) beside the longer journeys by deprivation
 * decile; then, when volumes are given, the site volume table. Immutable, but not thread-safe when it draws maps (see
 * {@link AppraisalChangeMap}): one per report.
 */
final class AppraisalSection {
    private final Optional<AppraisalChangeMap> map;

    AppraisalSection(Optional<AppraisalChangeMap> map) {
        this.map = map;
    }

    /** True if some area's journey to its nearest site changes. */
    static boolean changed(ServiceAppraisal a) {
        for (int i = 0; i < a.before().areas().size(); i++) {
            if (Double.compare(a.before().areas().get(i).minutes(), a.after().areas().get(i).minutes()) != 0) {
                return true;
            }
        }
        return false;
    }

    static String anchor(ServiceAppraisal a) {
        return "service-" + a.before().service().id().value();
    }

    void render(Html h, RegionModel baseline, RegionModel option, ServiceAppraisal a,
                Optional<AppraisalVolumes> volumes, Map<SiteCode, Site> sites) {
        String service = a.before().service().name();
        long residents = a.before().overall().population();
        h.raw("<section class=\"service\" id=\"").raw(anchor(a)).raw("\">\n").element("h2", service)
                .element("p class=\"lede\"", Display.mode(a.before().service().mode()) + ", standard "
                        + Display.plain(a.before().service().standardMinutes()) + " minutes \u00b7 sites "
                        + AppraisalFigures.beforeAfter(Display.count(a.before().siteCount()),
                        Display.count(a.after().siteCount())) + " \u00b7 within the standard "
                        + AppraisalFigures.beforeAfter(Display.percent(a.before().overall().shareWithin()),
                        Display.percent(a.after().overall().shareWithin())))
                .newline()
                .element("p class=\"headline\"", headline(a, residents)).newline();
        h.raw("<div class=\"panels\">\n<div class=\"panel\">\n");
        if (map.isPresent()) {
            h.element("h3", "Change in journey time by borough").newline();
            map.get().render(h, service, AppraisalBoroughChange.of(baseline, a),
                    baseline.sitesOffering(a.before().service().id()), option.sitesOffering(a.after().service().id()));
        }
        h.raw("</div>\n<div class=\"panel\">\n").element("h3", "Who travels further").newline();
        AppraisalDecileTable.render(h, a, baseline.name());
        h.raw("</div>\n</div>\n");
        if (volumes.isPresent()) {
            h.element("h3", "Site volumes").newline();
            AppraisalVolumeTable.render(h, volumes.get(), sites);
        }
        h.raw("</section>\n");
    }

    /** Who has a longer journey (how many, by how much, how many aged 65+) and who a shorter one, in two sentences. */
    static String headline(ServiceAppraisal a, long residents) {
        String longer = Display.count(a.populationLongerJourney()) + " people ("
                + Display.percent(residents == 0 ? Double.NaN : (double) a.populationLongerJourney() / residents)
                + " of residents)";
        String text = a.populationLongerJourney() == 0 ? "Nobody has a longer journey to the nearest site"
                : longer + " have a longer journey to the nearest site, by "
                + Display.minutes(a.meanExtraMinutesAffected()) + " minutes on average; "
                + Display.count(a.aged65PlusLongerJourney()) + " of them are aged 65 or over";
        return text + ". " + (a.populationShorterJourney() == 0 ? "Nobody has a shorter one."
                : Display.count(a.populationShorterJourney()) + " people have a shorter one.");
    }

    /** The names of services, as one line: {@code "GP practice, Type-1 A&E department"}. */
    static String names(List<ServiceAppraisal> appraisals) {
        return String.join(", ", appraisals.stream().map(a -> a.before().service().name()).toList());
    }
}
