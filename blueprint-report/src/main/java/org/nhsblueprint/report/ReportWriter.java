package org.nhsblueprint.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.nhsblueprint.access.AccessResult;
import org.nhsblueprint.model.RegionModel;

/**
 * Writes a report folder: {@value #INDEX} (the self-contained HTML report), {@value #SUMMARY} (the figures as JSON)
 * and the CSV tables {@value #BY_AREA}, {@value #BY_BOROUGH} and {@value #BY_DECILE}. Output is reproducible: the same
 * inputs give byte-identical files on any machine (UTF-8, {@code \n} line ends in HTML and JSON, CRLF in CSV as RFC
 * 4180 says, no locale, no clock). Immutable and thread-safe if its {@link ObjectMapper} is not reconfigured.
 */
public final class ReportWriter {
    public static final String INDEX = "index.html";
    public static final String SUMMARY = "summary.json";
    public static final String BY_AREA = "access_by_area.csv";
    public static final String BY_BOROUGH = "access_by_borough.csv";
    public static final String BY_DECILE = "access_by_imd_decile.csv";

    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private final ObjectMapper mapper;

    public ReportWriter(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * Writes the report on {@code results} (in the order given) into {@code outDir}, creating it if needed and
     * replacing files of the same names.
     *
     * @return the files written, {@value #INDEX} first
     * @throws IllegalArgumentException if a result does not cover exactly the model's areas
     * @throws IOException if a file cannot be written
     */
    public List<Path> write(RegionModel model, List<AccessResult> results, ReportInfo info, Path outDir)
            throws IOException {
        for (AccessResult r : results) {
            if (r.areas().size() != model.areas().size()) {
                throw new IllegalArgumentException("the result for service '" + r.service().id() + "' covers "
                        + r.areas().size() + " areas but the model of " + model.name() + " has "
                        + model.areas().size());
            }
        }
        Files.createDirectories(outDir);
        List<Path> written = new ArrayList<>();
        written.add(write(outDir.resolve(INDEX), ReportPage.render(model, results, info)));
        written.add(write(outDir.resolve(SUMMARY), json(model, results, info)));
        written.add(write(outDir.resolve(BY_AREA), AccessTables.byArea(results).text()));
        written.add(write(outDir.resolve(BY_BOROUGH), AccessTables.byBorough(results).text()));
        written.add(write(outDir.resolve(BY_DECILE), AccessTables.byImdDecile(results).text()));
        return List.copyOf(written);
    }

    private String json(RegionModel model, List<AccessResult> results, ReportInfo info)
            throws JsonProcessingException {
        return mapper.writer(PRETTY).writeValueAsString(new SummaryJson(mapper).toJson(model, results, info)) + "\n";
    }

    private static Path write(Path file, String text) throws IOException {
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
