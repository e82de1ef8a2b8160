package org.nhsblueprint.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.nhsblueprint.access.AccessResult;
import org.nhsblueprint.model.RegionModel;

/**
 * Writes a report folder: {@value #INDEX} (the self-contained HTML report), {@value #SUMMARY} (the figures as JSON)
 * and the CSV tables {@value #BY_AREA}, {@value #BY_BOROUGH} and {@value #BY_DECILE}. Output is reproducible: the same
 * inputs give byte-identical files on any machine (UTF-8, {@code \n} line ends in HTML and JSON, CRLF in CSV as RFC
 * 4180 says, no locale, no clock).
 *
 * <p>Each file is written whole to a temporary file beside it and then moved into place, atomically where the file
 * system allows, so a failure part-way never leaves a half-written file: a file is either the new one or, if it
 * existed, the old one. Immutable and thread-safe if its {@link ObjectMapper} is not reconfigured, but two writers
 * must not write the same folder at once.
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
     * replacing files of the same names. Every page and table is rendered before the first file is written.
     *
     * @return the files written, {@value #INDEX} first
     * @throws IllegalArgumentException if a result does not cover exactly the model's areas
     * @throws IOException if {@code outDir} is a file, or a file cannot be written (files already moved into place
     *                     stay; the one being written is left as it was)
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
        if (Files.isRegularFile(outDir)) {
            throw new IOException("report folder " + outDir + " is a file, not a folder");
        }
        Map<String, String> files = new LinkedHashMap<>();
        files.put(INDEX, ReportPage.render(model, results, info));
        files.put(SUMMARY, json(model, results, info));
        files.put(BY_AREA, AccessTables.byArea(results).text());
        files.put(BY_BOROUGH, AccessTables.byBorough(results).text());
        files.put(BY_DECILE, AccessTables.byImdDecile(results).text());
        return writeAll(outDir, files);
    }

    private String json(RegionModel model, List<AccessResult> results, ReportInfo info)
            throws JsonProcessingException {
        return mapper.writer(PRETTY).writeValueAsString(new SummaryJson(mapper).toJson(model, results, info)) + "\n";
    }

    /**
     * Writes each of {@code files} (name to text, in order) into {@code outDir}, creating it if needed, with
     * {@link #writeAtomically}; returns the files written, in order.
     */
    static List<Path> writeAll(Path outDir, Map<String, String> files) throws IOException {
        Files.createDirectories(outDir);
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, String> f : files.entrySet()) {
            written.add(writeAtomically(outDir.resolve(f.getKey()), f.getValue()));
        }
        return List.copyOf(written);
    }

    /**
     * Writes {@code text} to a new temporary file beside {@code file} (a hidden file named after it, ending
     * {@code .tmp}), then moves it onto {@code file}: atomically if the file system can, else replacing it. The
     * temporary file is made like any new file, not with {@link Files#createTempFile}, whose owner-only permissions
     * would carry over to the report; it is deleted if anything fails.
     */
    static Path writeAtomically(Path file, String text) throws IOException {
        Path temporary = file.resolveSibling("." + file.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            Files.writeString(temporary, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
            return file;
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }
}
