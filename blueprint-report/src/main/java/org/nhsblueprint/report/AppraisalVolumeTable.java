package org.nhsblueprint.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.nhsblueprint.demand.MinimumVolume;
import org.nhsblueprint.demand.SiteVolume;
import org.nhsblueprint.demand.VolumeCheck;
import org.nhsblueprint.model.Site;
import org.nhsblueprint.model.SiteCode;

/**
 * Site volumes before and after an option: one row per site offering the service before or after, the sites offering
 * it after first (largest volume first), then those that stop; with a minimum-volume standard, a sentence counting the
 * sites below it before and after, and each site's standing against it, rows below it after the option flagged.
 * Volumes are modelled cases a year, written as whole numbers. Stateless, so thread-safe.
 */
final class AppraisalVolumeTable {
    private AppraisalVolumeTable() {
    }

    /** One site's row: volumes before and after, NaN where it does not offer the service. */
    private record Row(SiteCode site, double before, double after) {
    }

    static void render(Html h, AppraisalVolumes v, Map<SiteCode, Site> sites) {
        Map<SiteCode, double[]> byCode = new TreeMap<>();
        v.before().sites().forEach(s -> byCode.computeIfAbsent(s.site(), c -> nan())[0] = s.yearlyVolume());
        v.after().sites().forEach(s -> byCode.computeIfAbsent(s.site(), c -> nan())[1] = s.yearlyVolume());
        List<Row> rows = new ArrayList<>();
        byCode.forEach((code, b) -> rows.add(new Row(code, b[0], b[1])));
        rows.sort(Comparator.comparing((Row r) -> Double.isNaN(r.after()))
                .thenComparing(r -> -(Double.isNaN(r.after()) ? r.before() : r.after()))
                .thenComparing(Row::site));
        Optional<MinimumVolume> minimum = v.minimum();
        String min = minimum.map(m -> Display.count(Math.round(m.minPerYear()))).orElse("");
        if (minimum.isPresent()) {
            VolumeCheck before = v.belowBefore().orElseThrow();
            VolumeCheck after = v.belowAfter().orElseThrow();
            h.element("p class=\"volumes-headline\"", "Sites below the minimum of " + min + " cases a year: "
                    + AppraisalFigures.beforeAfter(before.below().size() + " of " + SiteCounts.sites(before.checked()),
                    after.below().size() + " of " + SiteCounts.sites(after.checked())) + ".").newline();
        }
        if (v.hasCapacities()) {
            var before = v.overBefore();
            var after = v.overAfter();
            String now = after.over().size() + " of the " + SiteCounts.sites(after.checked()) + " that state one";
            h.element("p class=\"volumes-headline\"", "Sites over their stated capacity: " + (before.checked() == 0
                    ? now + " (no site stated one before)"
                    : AppraisalFigures.beforeAfter(before.over().size() + " of the " + SiteCounts.sites(
                            before.checked()) + " that state one", now)) + ".").newline();
        }
        h.raw("<table class=\"figures volumes\">\n<caption>Modelled site volumes (cases a year)</caption>\n")
                .raw("<thead><tr><th scope=\"col\">Site</th><th scope=\"col\">Code</th>")
                .raw("<th scope=\"col\" class=\"num\">Before</th><th scope=\"col\" class=\"num\">After</th>")
                .raw("<th scope=\"col\" class=\"num\">Change</th>");
        if (minimum.isPresent()) {
            h.raw("<th scope=\"col\">").text("Against the minimum of " + min).raw("</th>");
        }
        if (v.hasCapacities()) {
            h.raw("<th scope=\"col\" class=\"num\">Capacity after</th><th scope=\"col\">Against capacity</th>");
        }
        h.raw("</tr></thead>\n<tbody>\n");
        for (Row r : rows) {
            double floor = minimum.map(MinimumVolume::minPerYear).orElse(Double.NaN);
            boolean belowAfter = r.after() < floor;
            Double capacity = v.capacityAfter().get(r.site());
            boolean over = capacity != null && r.after() > capacity;
            Site site = sites.get(r.site());
            h.raw(belowAfter ? "<tr class=\"below-minimum\">" : over ? "<tr class=\"over-capacity\">" : "<tr>").raw("<th scope=\"row\">")
                    .text(site == null ? r.site().value() : site.name()).raw("</th><td>").text(r.site().value())
                    .raw("</td>");
            cell(h, volume(r.before()));
            cell(h, Double.isNaN(r.after()) ? "stops" : volume(r.after()));
            cell(h, Double.isNaN(r.after()) || Double.isNaN(r.before()) ? Display.NOT_APPLICABLE
                    : signed(Math.round(r.after()) - Math.round(r.before())));
            if (minimum.isPresent()) {
                h.raw("<td>").text(standing(r, floor)).raw("</td>");
            }
            if (v.hasCapacities()) {
                cell(h, capacity == null || Double.isNaN(r.after()) ? Display.NOT_APPLICABLE : volume(capacity));
                h.raw("<td>").text(capacity == null || Double.isNaN(r.after()) ? ""
                        : capacity == 0 ? (over ? "over (no capacity)" : "")
                        : (over ? "over, " : "") + Display.count(Math.round(100 * r.after() / capacity)) + "% used")
                        .raw("</td>");
            }
            h.raw("</tr>\n");
        }
        h.raw("</tbody>\n</table>\n");
        StringBuilder note = new StringBuilder("Yearly demand " + Display.count(Math.round(v.before().totalDemand()))
                + " cases, allocated to sites (" + v.before().rule() + "). Demand rates: " + v.before().rateSource()
                + ".");
        minimum.ifPresent(m -> note.append(" Minimum volume: ").append(m.source()).append('.'));
        h.element("p class=\"note\"", note.toString()).newline();
    }

    private static String standing(Row r, double floor) {
        boolean before = r.before() < floor;
        if (Double.isNaN(r.after())) {
            return before ? "was below" : "";
        }
        boolean after = r.after() < floor;
        if (Double.isNaN(r.before())) {
            return after ? "below (new)" : "new";
        }
        if (before && after) {
            return "below, before and after";
        }
        if (after) {
            return "falls below";
        }
        return before ? "rises above" : "";
    }

    private static String volume(double perYear) {
        return Double.isNaN(perYear) ? Display.NOT_APPLICABLE : Display.count(Math.round(perYear));
    }

    private static String signed(long change) {
        return change == 0 ? "0" : (change < 0 ? "\u2212" : "+") + Display.count(Math.abs(change));
    }

    private static double[] nan() {
        return new double[] {Double.NaN, Double.NaN};
    }

    private static void cell(Html h, String figure) {
        h.raw("<td class=\"num\">").text(figure).raw("</td>");
    }
}
