package org.nhsblueprint.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nhsblueprint.model.RegionModel;

/**
 * Writes a comparison report folder: {@value #INDEX} (a self-contained HTML page comparing several options against
 * one baseline: a summary of every service under every option, then for each service some option changes, borough
 * maps of the change per option on one colour scale, longer and shorter journeys by deprivation, the share within
 * each number of minutes with a line per option, and site volumes against the standards) and {@value #BY_AREA} (each
 * area's minutes in the baseline and under each option, for every service). Output is reproducible: the same inputs
 * give byte-identical files (UTF-8, {@code \n} line ends in HTML, CRLF in CSV as RFC 4180 says, no locale, no clock).
 * Every page and table is rendered before the first file is written, and each file is written to a temporary file and
 * moved into place, as {@link ReportWriter} does. Stateless, so thread-safe, but two writers must not write the same
 * folder at once.
 */
public final class ComparisonReportWriter {
    public static final String INDEX = "index.html";
    public static final String BY_AREA = "comparison_by_area.csv";

    /**
     * Writes the report comparing {@code options} (in the order given, numbered from 1) into {@code outDir}, creating
     * it if needed and replacing files of the same names.
     *
     * @param baseline the model every option is appraised against (its areas, boundaries and sites)
     * @return the files written, {@value #INDEX} first
     * @throws IllegalArgumentException if there are no options, or an option does not line up with the baseline (as
     *                                  {@link AppraisalReportWriter#write} checks)
     * @throws IOException              if {@code outDir} is a file, or a file cannot be written
     */
    public List<Path> write(RegionModel baseline, List<ComparisonOption> options, Path outDir) throws IOException {
        if (options.isEmpty()) {
            throw new IllegalArgumentException("a comparison needs at least one option");
        }
        for (ComparisonOption o : options) {
            AppraisalReportWriter.check(baseline, o.model(), o.appraisals(), o.volumes());
        }
        if (Files.isRegularFile(outDir)) {
            throw new IOException("report folder " + outDir + " is a file, not a folder");
        }
        Map<String, String> files = new LinkedHashMap<>();
        files.put(INDEX, ComparisonPage.render(baseline, options));
        files.put(BY_AREA, ComparisonAreaTable.of(ComparisonService.of(baseline, options), options.size()).text());
        return ReportWriter.writeAll(outDir, files);
    }
}
