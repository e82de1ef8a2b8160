package org.nhsblueprint.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nhsblueprint.model.RegionModel;
import org.nhsblueprint.model.ServiceId;
import org.nhsblueprint.scenario.ServiceAppraisal;

/**
 * Writes an option's appraisal report folder: {@value #INDEX} (a self-contained HTML page: what changes for every
 * service, with borough maps of the change, longer journeys by deprivation and, when given, site volumes) and
 * {@value #BY_AREA} (each area's minutes before and after, for every service whose journeys change). Output is
 * reproducible: the same inputs give byte-identical files (UTF-8, {@code \n} line ends in HTML, CRLF in CSV as RFC
 * 4180 says, no locale, no clock). Every page and table is rendered before the first file is written, and each file is
 * written to a temporary file and moved into place, as {@link ReportWriter} does. Stateless, so thread-safe, but two
 * writers must not write the same folder at once.
 */
public final class AppraisalReportWriter {
    public static final String INDEX = "index.html";
    public static final String BY_AREA = "appraisal_by_area.csv";
    public static final String SIMULATION = "simulation_results.csv";

    private static String simulationTable(org.nhsblueprint.simulation.SimulationResult r) {
        CsvTable t = new CsvTable("metric", "label", "unit", "p10", "p50", "p90", "mean_or_probability");
        for (org.nhsblueprint.simulation.Metric m : r.metrics()) {
            t.row(m.name(), m.definition().label(), m.definition().unit(), Display.plain(m.p10()),
                    Display.plain(m.p50()), Display.plain(m.p90()), Display.plain(m.mean()));
        }
        return t.text();
    }

    /**
     * Writes the report on {@code appraisals} (in the order given) into {@code outDir}, creating it if needed and
     * replacing files of the same names.
     *
     * @param baseline    the model the option is appraised against (its areas, boundaries and sites)
     * @param option      the model after the option (for the sites that stop or start offering a service)
     * @param volumes     site volumes for some or none of the services, by service id
     * @return the files written, {@value #INDEX} first
     * @throws IllegalArgumentException if the models' areas differ, an appraisal does not cover exactly the baseline's
     *                                  areas in order, or volumes are filed under another service's id
     * @throws IOException              if {@code outDir} is a file, or a file cannot be written
     */
    public List<Path> write(RegionModel baseline, RegionModel option, String scenarioName, String scenarioDescription,
                            List<ServiceAppraisal> appraisals, Map<ServiceId, AppraisalVolumes> volumes, Path outDir)
            throws IOException {
        return write(baseline, option, scenarioName, scenarioDescription, appraisals, volumes,
                java.util.Optional.empty(), outDir);
    }

    /**
     * As {@link #write(RegionModel, RegionModel, String, String, List, Map, Path)}, with a Monte Carlo section when
     * {@code simulation} is present, and {@value #SIMULATION} (every result's P10, P50, P90 and mean).
     */
    public List<Path> write(RegionModel baseline, RegionModel option, String scenarioName, String scenarioDescription,
                            List<ServiceAppraisal> appraisals, Map<ServiceId, AppraisalVolumes> volumes,
                            java.util.Optional<org.nhsblueprint.simulation.SimulationResult> simulation, Path outDir)
            throws IOException {
        check(baseline, option, appraisals, volumes);
        if (Files.isRegularFile(outDir)) {
            throw new IOException("report folder " + outDir + " is a file, not a folder");
        }
        Map<String, String> files = new LinkedHashMap<>();
        files.put(INDEX, AppraisalPage.render(baseline, option, scenarioName,
                scenarioDescription == null ? "" : scenarioDescription, appraisals, volumes, simulation));
        files.put(BY_AREA, AppraisalAreaTable.of(appraisals.stream().filter(AppraisalSection::changed).toList())
                .text());
        simulation.ifPresent(r -> files.put(SIMULATION, simulationTable(r)));
        return ReportWriter.writeAll(outDir, files);
    }

    /**
     * Checks that an option and its appraisals line up with the baseline, as {@link #write} requires.
     *
     * @throws IllegalArgumentException as {@link #write} says
     */
    static void check(RegionModel baseline, RegionModel option, List<ServiceAppraisal> appraisals,
                      Map<ServiceId, AppraisalVolumes> volumes) {
        if (!baseline.areas().equals(option.areas())) {
            throw new IllegalArgumentException("the option for " + option.name() + " has "
                    + option.areas().size() + " areas, not the baseline's " + baseline.areas().size() + " in order");
        }
        for (ServiceAppraisal a : appraisals) {
            for (var r : List.of(a.before(), a.after())) {
                if (r.areas().size() != baseline.areas().size()) {
                    throw new IllegalArgumentException("the appraisal of service '" + r.service().id() + "' covers "
                            + r.areas().size() + " areas but the model of " + baseline.name() + " has "
                            + baseline.areas().size());
                }
                for (int i = 0; i < r.areas().size(); i++) {
                    if (!r.areas().get(i).area().code().equals(baseline.areas().get(i).code())) {
                        throw new IllegalArgumentException("the appraisal of service '" + r.service().id()
                                + "' has area " + r.areas().get(i).area().code() + " at position " + i
                                + " where the model has " + baseline.areas().get(i).code());
                    }
                }
            }
        }
        volumes.forEach((id, v) -> {
            if (!id.equals(v.service())) {
                throw new IllegalArgumentException("volumes for service '" + v.service() + "' filed under '" + id
                        + "'");
            }
        });
    }
}
