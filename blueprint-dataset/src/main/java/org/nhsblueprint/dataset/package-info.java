/**
 * Loading a dataset folder (a manifest and its CSV and GeoJSON files) into a
 * {@link org.nhsblueprint.model.RegionModel}, checking every row on the way.
 *
 * <p>A storage-layer package: it depends on the domain model only. Loading is all or nothing: every problem in every
 * file is collected and reported together in a {@link org.nhsblueprint.dataset.DatasetException}, and no model is
 * returned unless there are none.
 */
package org.nhsblueprint.dataset;
