/**
 * Demand and volumes: each area's yearly events for a service from age-banded rates per 1,000 residents
 * ({@link org.nhsblueprint.demand.DemandRate}), allocated to sites by nearest site or a Huff choice model
 * ({@link org.nhsblueprint.demand.Allocation}), and site volumes checked against minimum-volume standards
 * ({@link org.nhsblueprint.demand.VolumeCheck}).
 *
 * <p>An engine package: it depends on the domain model and on {@code access}'s results only, and never reads files.
 * Rates and minimum volumes arrive as already-read CSV lines ({@link org.nhsblueprint.demand.DemandRates#parse},
 * {@link org.nhsblueprint.demand.MinimumVolumes#parse}); the London figures and their sources are in
 * {@code datasets/london/demand/SOURCE.md}.
 */
package org.nhsblueprint.demand;
