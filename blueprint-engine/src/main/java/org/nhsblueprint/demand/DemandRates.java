package org.nhsblueprint.demand;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.nhsblueprint.model.ServiceId;

/**
 * The demand rates of every service a data file covers, one {@link DemandRate} per service. Immutable and
 * thread-safe. Services a file leaves out (no citable rate) have no entry: {@link #of} is empty for them.
 */
public record DemandRates(Map<ServiceId, DemandRate> byService) {
    static final List<String> HEADER = List.of("service", "per_1000_under_65", "per_1000_65_plus", "source");

    public DemandRates {
        byService.forEach((id, rate) -> {
            if (!id.equals(rate.service())) {
                throw new IllegalArgumentException("rate for " + rate.service() + " filed under " + id);
            }
        });
        byService = Map.copyOf(byService);
    }

    /** Rates from a list, each service at most once. */
    public static DemandRates of(List<DemandRate> rates) {
        Map<ServiceId, DemandRate> map = new TreeMap<>();
        for (DemandRate rate : rates) {
            if (map.put(rate.service(), rate) != null) {
                throw new IllegalArgumentException("service " + rate.service() + " has two demand rates");
            }
        }
        return new DemandRates(map);
    }

    public Optional<DemandRate> of(ServiceId service) {
        return Optional.ofNullable(byService.get(service));
    }

    /**
     * Parses {@code demand_rates.csv} text already split into lines (header
     * {@code service,per_1000_under_65,per_1000_65_plus,source}; blank lines ignored).
     *
     * @param file the file's name, for error messages
     * @throws IllegalArgumentException naming the file, line, column and value of the first bad field
     */
    public static DemandRates parse(List<String> lines, String file) {
        CsvLines.requireHeader(lines, file, HEADER);
        List<DemandRate> rates = new ArrayList<>();
        List<ServiceId> seen = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (CsvLines.blank(lines.get(i))) {
                continue;
            }
            List<String> f = CsvLines.row(lines, i, file, HEADER.size());
            int line = i + 1;
            ServiceId service = ParsedCodes.service(f.get(0), file, line);
            if (seen.contains(service)) {
                throw new IllegalArgumentException(file + " line " + line + " column service: '" + service
                        + "' appears twice");
            }
            seen.add(service);
            String source = f.get(3).trim();
            if (source.isEmpty()) {
                throw new IllegalArgumentException(file + " line " + line + " column source: empty for " + service);
            }
            rates.add(new DemandRate(service, CsvLines.number(f.get(1), file, line, HEADER.get(1)),
                    CsvLines.number(f.get(2), file, line, HEADER.get(2)), source));
        }
        return of(rates);
    }
}
