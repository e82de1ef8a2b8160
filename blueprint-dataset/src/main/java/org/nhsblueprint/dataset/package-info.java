/**
 * Loading a dataset folder (a manifest and its CSV and GeoJSON files) into a
 * {@link org.nhsblueprint.model.RegionModel}, checking every row on the way.
 *
 * <p>A storage-layer package: of Blueprint's own code it depends on the domain model only (and on Jackson, Commons CSV
 * and JTS for point-in-polygon). Loading is all or nothing: every problem in every file is collected and reported
 * together in a {@link org.nhsblueprint.dataset.DatasetException}, and no model is returned unless there are none.
 * Model constructors never see a value these loaders have not checked; if one still rejects a value, that becomes a
 * problem naming the file too.
 */
package org.nhsblueprint.dataset;
