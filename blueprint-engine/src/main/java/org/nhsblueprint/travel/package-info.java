/**
 * Travel times between places: the {@link org.nhsblueprint.travel.TravelTimes} abstraction, the great-circle
 * estimator and the spatial index that answers nearest-site and within-threshold queries without scanning all pairs.
 *
 * <p>An engine package: it depends on the domain model only.
 */
package org.nhsblueprint.travel;
