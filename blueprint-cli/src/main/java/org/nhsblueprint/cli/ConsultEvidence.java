package org.nhsblueprint.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.nhsblueprint.dataset.ScenarioFile;
import org.nhsblueprint.model.RegionModel;
import org.nhsblueprint.model.ServiceId;
import org.nhsblueprint.report.Display;
import org.nhsblueprint.scenario.Appraisal;
import org.nhsblueprint.scenario.ScenarioResolver;
import org.nhsblueprint.scenario.ServiceAppraisal;
import picocli.CommandLine.Model.CommandSpec;

/**
 * "You said, we did" evidence for consultation themes: appraises a scenario (straight-line travel times, as
 * {@code appraise} does by default) and states, per service, what changes in access, in one sentence each. Stateless.
 */
final class ConsultEvidence {
    /** The appraised scenario's name and one sentence per service. */
    record Evidence(String scenario, Map<ServiceId, String> byService) {
    }

    private ConsultEvidence() {
    }

    static Evidence of(Application app, Path scenarioFile, CommandSpec spec) throws Exception {
        ScenarioFile.Read read = new ScenarioFile().read(scenarioFile);
        Path dir = app.dataset(app.bundledOrFolder(read.dataset()), spec);
        RegionModel data = app.loader().load(dir);
        ScenarioResolver resolver = new ScenarioResolver();
        RegionModel option = resolver.apply(data, read.scenario());
        RegionModel baseline = resolver.apply(data, read.base());
        List<ServiceAppraisal> appraisals;
        TravelTimesOptions estimate = new TravelTimesOptions();
        estimate.source = TravelTimesOptions.Source.estimate;
        try (RunTravelTimes times = app.travelTimes(estimate, spec)) {
            appraisals = new Appraisal(app.access(times.travelTimes())).run(baseline, option);
        }
        Map<ServiceId, String> out = new LinkedHashMap<>();
        for (ServiceAppraisal a : appraisals) {
            var s = a.before().service();
            String sentence = String.format(Locale.ROOT, "In '%s', %s within %.0f minutes: %s of people before,"
                            + " %s after (mean %.1f to %.1f minutes); %s people with a longer journey%s, %s with a"
                            + " shorter one.", read.scenario().name(), s.name(), s.standardMinutes(),
                    Display.percent(a.before().overall().shareWithin()),
                    Display.percent(a.after().overall().shareWithin()), a.before().overall().meanMinutes(),
                    a.after().overall().meanMinutes(), Display.count(a.populationLongerJourney()),
                    Double.isFinite(a.meanExtraMinutesAffected()) ? String.format(Locale.ROOT,
                            " (%.1f minutes more on average)", a.meanExtraMinutesAffected()) : "",
                    Display.count(a.populationShorterJourney()));
            out.put(s.id(), sentence);
        }
        return new Evidence(read.scenario().name(), out);
    }
}
