package org.nhsblueprint.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.nhsblueprint.demand.DemandRates;
import org.nhsblueprint.demand.MinimumVolumes;

/**
 * A dataset's demand files ({@code demand/demand_rates.csv}, {@code demand/min_volumes.csv}), read if present: the
 * engine parses text, the command line reads files. A malformed file is a {@link CommandFailure} naming it. Immutable.
 */
record DemandFiles(DemandRates rates, MinimumVolumes minimums) {
    static final String RATES = "demand_rates.csv";
    static final String MINIMUMS = "min_volumes.csv";

    /** The dataset's demand files; either part is null when its file is absent. */
    static DemandFiles of(Path dataset) {
        Path dir = dataset.resolve("demand");
        DemandRates rates = Files.isRegularFile(dir.resolve(RATES))
                ? DemandRates.parse(lines(dir.resolve(RATES)), dir.resolve(RATES).toString()) : null;
        MinimumVolumes minimums = Files.isRegularFile(dir.resolve(MINIMUMS))
                ? MinimumVolumes.parse(lines(dir.resolve(MINIMUMS)), dir.resolve(MINIMUMS).toString()) : null;
        return new DemandFiles(rates, minimums);
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
