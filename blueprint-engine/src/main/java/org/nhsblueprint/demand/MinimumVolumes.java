package org.nhsblueprint.demand;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.nhsblueprint.model.ServiceId;

/**
 * The minimum-volume standards a data file gives, one per service. Immutable and thread-safe. Services without a
 * citable standard have no entry.
 */
public record MinimumVolumes(Map<ServiceId, MinimumVolume> byService) {
    static final List<String> HEADER = List.of("service", "min_per_year", "source");

    public MinimumVolumes {
        byService.forEach((id, min) -> {
            if (!id.equals(min.service())) {
                throw new IllegalArgumentException("minimum volume for " + min.service() + " filed under " + id);
            }
        });
        byService = Map.copyOf(byService);
    }

    public Optional<MinimumVolume> of(ServiceId service) {
        return Optional.ofNullable(byService.get(service));
    }

    /**
     * Parses {@code min_volumes.csv} text already split into lines (header {@code service,min_per_year,source};
     * blank lines ignored).
     *
     * @param file the file's name, for error messages
     * @throws IllegalArgumentException naming the file, line, column and value of the first bad field
     */
    public static MinimumVolumes parse(List<String> lines, String file) {
        CsvLines.requireHeader(lines, file, HEADER);
        Map<ServiceId, MinimumVolume> map = new TreeMap<>();
        for (int i = 1; i < lines.size(); i++) {
            if (CsvLines.blank(lines.get(i))) {
                continue;
            }
            List<String> f = CsvLines.row(lines, i, file, HEADER.size());
            int line = i + 1;
            ServiceId service = ParsedCodes.service(f.get(0), file, line);
            String source = f.get(2).trim();
            if (source.isEmpty()) {
                throw new IllegalArgumentException(file + " line " + line + " column source: empty for " + service);
            }
            MinimumVolume min = new MinimumVolume(service, CsvLines.number(f.get(1), file, line, HEADER.get(1)), source);
            if (map.put(service, min) != null) {
                throw new IllegalArgumentException(file + " line " + line + " column service: '" + service
                        + "' appears twice");
            }
        }
        return new MinimumVolumes(map);
    }
}
