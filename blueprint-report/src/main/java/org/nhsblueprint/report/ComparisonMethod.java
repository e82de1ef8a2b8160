package org.nhsblueprint.report;

import java.util.List;
import org.nhsblueprint.access.AccessResult;
import org.nhsblueprint.model.RegionModel;

/**
 * The comparison report's "Method" section: how the options are compared, how the maps and tables are drawn, each
 * service's travel times and standard ({@link MethodSection#services}), then the {@link Caveats}. Stateless, so
 * thread-safe.
 */
final class ComparisonMethod {
    private ComparisonMethod() {
    }

    static void render(Html h, RegionModel baseline, List<AccessResult> results) {
        h.raw("<section class=\"method\" id=\"method\">\n<h2>Method</h2>\n")
                .element("p", "Each option is the " + baseline.name() + " dataset with the option's modifications"
                        + " applied, and is compared with the dataset itself, area by area: an option whose scenario"
                        + " file names a base scenario is still compared with the dataset, not with its base, so that"
                        + " every option is measured from the same starting point. For each small area (a 2021 lower"
                        + " layer super output area, represented by its population-weighted centroid) Blueprint finds"
                        + " the journey to the nearest site offering each service, in the dataset and under each"
                        + " option. A longer journey is a nearest site further away than in the dataset; every figure"
                        + " is weighted by the areas' resident populations.")
                .newline()
                .element("p", "The maps shade each borough by its residents' population-weighted mean change in"
                        + " minutes (red longer, blue shorter, grey no change). The maps of one service share one"
                        + " colour scale across the options, so the same colour means the same change on every map."
                        + " Site volumes are each area's modelled yearly demand allocated to sites, for the services"
                        + " the dataset has demand rates for; only the region's own sites are judged against the"
                        + " minimum volume and their stated capacity. Every area's minutes, in the dataset and under"
                        + " each option, are in " + ComparisonReportWriter.BY_AREA + ".")
                .newline();
        MethodSection.services(h, results);
        Caveats.render(h, baseline, results);
        h.raw("</section>\n");
    }
}
