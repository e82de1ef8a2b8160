package org.nhsblueprint.report;

import org.nhsblueprint.access.AccessResult;

/**
 * How many sites offer a service, as the report states it: the region's own sites, with those just beyond its
 * boundary (included because people near the boundary use them) counted separately, never added in silently.
 * Immutable and thread-safe.
 *
 * @param inRegion the sites inside the region
 * @param beyond   the sites beyond the region's boundary
 */
record SiteCounts(int inRegion, int beyond) {
    SiteCounts {
        if (inRegion < 0 || beyond < 0) {
            throw new IllegalArgumentException("site counts must not be negative, got " + inRegion + " in the region"
                    + " and " + beyond + " beyond it");
        }
    }

    /** The counts of a result, whose {@code siteCount()} includes the sites beyond the boundary. */
    static SiteCounts of(AccessResult r) {
        return new SiteCounts(r.siteCount() - r.sitesOutsideRegion(), r.sitesOutsideRegion());
    }

    /** For example {@code "27 sites in London, plus 8 beyond its boundary"}, or {@code "1 site in London"}. */
    String sentence(String region) {
        return sites(inRegion) + " in " + region + (beyond == 0 ? "" : ", plus " + Display.count(beyond)
                + " beyond its boundary");
    }

    /** {@code "1 site"}, {@code "1,291 sites"}. */
    static String sites(int count) {
        return Display.count(count) + (count == 1 ? " site" : " sites");
    }
}
