package org.nhsblueprint.dataset;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The note a model carries when some areas' IMD 2019 decile is approximate. IMD 2019 is published for 2011 LSOAs; a
 * 2021 LSOA that merges several of them takes the decile of its most populous parent, and the areas table says which
 * in its optional {@code imd2019_mapping} column ({@code exact} or {@code E} for an exact decile, anything else for an
 * approximate one). Stateless (static methods only) and thread-safe.
 */
final class ImdMappingNote {
    static final String COLUMN = "imd2019_mapping";
    private static final Set<String> EXACT = Set.of("exact", "E");

    private ImdMappingNote() {
    }

    /** The note; empty when the table has no mapping column or every decile is exact. */
    static Optional<String> of(CsvTable areas) {
        if (areas == null || !areas.has(COLUMN)) {
            return Optional.empty();
        }
        long approximate = areas.rows().stream().filter(row -> !EXACT.contains(row.get(COLUMN))).count();
        if (approximate == 0) {
            return Optional.empty();
        }
        boolean one = approximate == 1;
        return Optional.of(String.format(Locale.UK, "%,d of %,d areas %s an approximate IMD 2019 decile (%s 2021 LSOA"
                        + " merges 2011 LSOAs; the decile of the most populous parent is used).", approximate,
                areas.rows().size(), one ? "has" : "have", one ? "its" : "their"));
    }
}
