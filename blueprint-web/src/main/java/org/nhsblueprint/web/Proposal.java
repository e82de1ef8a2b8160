package org.nhsblueprint.web;

import java.nio.file.Path;
import org.nhsblueprint.access.AccessAnalysis;
import org.nhsblueprint.dataset.ScenarioFile;
import org.nhsblueprint.model.RegionModel;
import org.nhsblueprint.scenario.ScenarioResolver;

/**
 * A published proposal: a scenario the public may see, with every area's access to every service once it is applied
 * to today's services, so that the area page can say what changes for that area. Immutable.
 */
public record Proposal(String id, String name, String description, AreaAccessIndex access) {
    /** Applies the scenario file to the served region and works out access after it (about a second for London). */
    public static Proposal of(Path scenarioFile, RegionModel region, AccessAnalysis analysis) {
        ScenarioFile.Read read = new ScenarioFile().read(scenarioFile);
        RegionModel option = new ScenarioResolver().apply(region, read.scenario());
        AreaAccessIndex after = new AreaAccessIndex(option.catalogue().all().stream()
                .map(s -> analysis.run(option, s)).toList());
        return new Proposal(scenarioFile.getFileName().toString().replaceFirst("\\.yaml$", ""),
                read.scenario().name(), read.scenario().description(), after);
    }
}
