package org.nhsblueprint.access;

import org.nhsblueprint.model.Area;
import org.nhsblueprint.model.SiteCode;

/**
 * Access from one area: the nearest and next-nearest sites and how many are within the standard.
 *
 * @param nextNearest null when the service has only one site (and {@code nextMinutes} is NaN)
 */
public record AreaAccess(Area area, SiteCode nearest, double minutes, SiteCode nextNearest, double nextMinutes,
                         int sitesWithin) {
}
