package org.nhsblueprint.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.DoubleStream;
import org.nhsblueprint.access.AccessResult;
import org.nhsblueprint.model.RegionModel;
import org.nhsblueprint.model.ServiceId;
import org.nhsblueprint.model.Site;
import org.nhsblueprint.model.SiteCode;
import org.nhsblueprint.scenario.ServiceAppraisal;

/**
 * One service's section of the comparison report: small-multiple borough maps of the change in journey time, one per
 * option on one colour scale (when there are boundaries); who gains and who loses by deprivation decile beside the
 * share within each number of minutes, every option on one chart; then, for the options with site volumes, each
 * option's volume table. Every figure ends with its source. Immutable, but not thread-safe when it draws maps (see
 * {@link AppraisalChangeMap}): one per report.
 */
final class ComparisonSection {
    private final Optional<AppraisalChangeMap> map;

    ComparisonSection(Optional<AppraisalChangeMap> map) {
        this.map = map;
    }

    void render(Html h, RegionModel baseline, ComparisonService s, List<ComparisonOption> options,
                Map<SiteCode, Site> sites) {
        AccessResult base = s.baseline();
        h.raw("<section class=\"service\" id=\"").raw(s.anchor()).raw("\">\n").element("h2", s.service().name())
                .element("p class=\"lede\"", Display.mode(s.service().mode()) + ", standard "
                        + Display.plain(s.service().standardMinutes()) + " minutes \u00b7 baseline: "
                        + SiteCounts.of(base).sentence(baseline.name()) + ", "
                        + Display.percent(base.overall().shareWithin()) + " of residents within the standard")
                .newline();
        map.ifPresent(m -> maps(h, m, baseline, s, options));
        h.raw("<div class=\"panels gains\">\n<div class=\"panel\">\n").element("h3", "Who gains and who loses")
                .newline();
        ComparisonDecileTable.render(h, s, options, baseline.name());
        ComparisonSource.render(h, baseline, base);
        h.raw("</div>\n<div class=\"panel\">\n")
                .element("h3", "How many people are within each number of minutes").newline();
        ComparisonCumulativeChart.render(h, s, options);
        ComparisonSource.render(h, baseline, base);
        h.raw("</div>\n</div>\n");
        volumes(h, baseline, s, options, sites);
        h.raw("</section>\n");
    }

    private static void maps(Html h, AppraisalChangeMap m, RegionModel baseline, ComparisonService s,
                             List<ComparisonOption> options) {
        List<Optional<List<AppraisalBoroughChange>>> changes = s.byOption().stream()
                .map(a -> a.map(x -> AppraisalBoroughChange.of(baseline, x))).toList();
        AppraisalChangeScale scale = AppraisalChangeScale.of(changes.stream().flatMap(Optional::stream)
                .flatMapToDouble(c -> DoubleStream.of(m.means(c))).toArray());
        ServiceId id = s.service().id();
        h.element("h3", "Change in journey time by borough").newline().raw("<div class=\"multiples\">\n");
        for (int i = 0; i < options.size(); i++) {
            Optional<ServiceAppraisal> a = s.byOption().get(i);
            h.raw("<div class=\"multiple\">\n").element("h4", ComparisonPage.label(i, options.get(i))).newline();
            if (a.isPresent()) {
                h.element("p class=\"note\"", AppraisalSection.headline(a.get(), s.baseline().overall().population()))
                        .newline();
                m.render(h, s.service().name(), changes.get(i).orElseThrow(), baseline.sitesOffering(id),
                        options.get(i).model().sitesOffering(id), scale);
            } else {
                h.element("p class=\"note\"", "No site offers it under this option: everyone loses access, which"
                        + " journey times cannot show.").newline();
            }
            h.raw("</div>\n");
        }
        h.raw("</div>\n");
        ComparisonSource.render(h, baseline, s.baseline());
    }

    private static void volumes(Html h, RegionModel baseline, ComparisonService s, List<ComparisonOption> options,
                                Map<SiteCode, Site> sites) {
        List<Integer> with = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            if (s.volumes().get(i).isPresent()) {
                with.add(i);
            }
        }
        if (with.isEmpty()) {
            return;
        }
        h.element("h3", "Site volumes against the standard").newline().raw("<div class=\"multiples volumes\">\n");
        for (int i : with) {
            h.raw("<div class=\"multiple\">\n").element("h4", ComparisonPage.label(i, options.get(i))).newline();
            AppraisalVolumeTable.render(h, s.volumes().get(i).orElseThrow(), sites);
            h.raw("</div>\n");
        }
        h.raw("</div>\n");
        ComparisonSource.render(h, baseline, s.baseline());
    }
}
