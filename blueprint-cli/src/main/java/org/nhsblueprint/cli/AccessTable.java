package org.nhsblueprint.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.nhsblueprint.access.AccessResult;
import org.nhsblueprint.access.GroupSummary;
import org.nhsblueprint.access.Summary;
import org.nhsblueprint.model.RegionModel;
import org.nhsblueprint.report.Display;

/** Prints an {@link AccessResult} as plain-text tables for a terminal. Writes to the writer it is given; one per use. */
final class AccessTable {
    private final PrintWriter out;

    AccessTable(PrintWriter out) {
        this.out = out;
    }

    void print(RegionModel model, AccessResult r) {
        Summary s = r.overall();
        out.printf(Locale.ROOT, "%s in %s: %d sites%s, judged by %s within %s minutes%n", r.service().name(),
                model.name(), r.siteCount() - r.sitesOutsideRegion(),
                r.sitesOutsideRegion() > 0 ? " (and " + r.sitesOutsideRegion() + " beyond its boundary)" : "",
                r.service().mode().id().replace('_', ' '), minutes(r.service().standardMinutes()));
        out.printf(Locale.ROOT, "  within the standard: %,d of %,d people (%s)%n", s.populationWithin(),
                s.population(), percent(s.shareWithin()));
        out.printf(Locale.ROOT, "  minutes to the nearest site: mean %.1f, median %.1f, P90 %.1f, max %.1f%n",
                s.meanMinutes(), s.medianMinutes(), s.p90Minutes(), s.maxMinutes());
        out.printf(Locale.ROOT, "  aged 65+: %s within the standard%n", percent(r.aged65Plus().shareWithin()));
        out.printf(Locale.ROOT, "  choice: %.1f sites within the standard on average%n", r.choice().meanSitesWithin());
        if (Double.isFinite(r.nextNearest().meanExtraMinutes())) {
            out.printf(Locale.ROOT, "  if the nearest site closed: %.1f extra minutes on average; %s still within"
                    + " the standard%n", r.nextNearest().meanExtraMinutes(), percent(r.nextNearest().shareWithinStandard()));
        }
        out.println();
        table("IMD decile (1 = most deprived)", r.byImdDecile().stream().map(g -> row(g.name(), g)).toList());
        table("Borough", r.byDistrict().stream().map(g -> row(g.name(), g)).toList());
        out.println("Travel times: " + r.travelTimesMethod());
        r.travelTimeNotes().forEach(n -> out.println("  " + n));
        out.println("Standard: " + r.service().standardSource());
    }

    private void table(String heading, java.util.List<String> rows) {
        out.printf(Locale.ROOT, "%-28s %12s %8s %8s %8s%n", heading.length() > 28 ? heading.substring(0, 28) : heading,
                "population", "within", "mean", "P90");
        rows.forEach(out::println);
        out.println();
    }

    private static String row(String name, GroupSummary g) {
        Summary s = g.summary();
        return String.format(Locale.ROOT, "%-28s %,12d %8s %8.1f %8.1f", name.length() > 28 ? name.substring(0, 28) : name,
                s.population(), percent(s.shareWithin()), s.meanMinutes(), s.p90Minutes());
    }

    /** The number of sites as {@code 27+8}: in the region, plus beyond its boundary when there are any. */
    static String sites(AccessResult r) {
        int inside = r.siteCount() - r.sitesOutsideRegion();
        return r.sitesOutsideRegion() == 0 ? Integer.toString(inside) : inside + "+" + r.sitesOutsideRegion();
    }

    private static String percent(double share) {
        return Display.percent(share);
    }

    private static String minutes(double m) {
        return Display.plain(m);
    }
}
