/**
 * Reports: the files a planner takes away from an access analysis. {@link org.nhsblueprint.report.ReportWriter} writes
 * a self-contained HTML report ({@code index.html}, inline CSS and SVG, no scripts or external resources), a JSON
 * summary and CSV tables into one folder.
 *
 * <p>A top layer: it depends on the domain model and the access engine, never the other way round. Output is
 * reproducible: the same model, results and {@link org.nhsblueprint.report.ReportInfo} give byte-identical files on
 * any machine (fixed locale, fixed line endings, no clock). Everything rendered into HTML passes through
 * {@link org.nhsblueprint.report.Html#escape(String)} because names come from data files.
 *
 * <p>Only {@code ReportWriter}, {@code ReportInfo} and {@code AccessJson} are public; the rest are package-private
 * steps, one file each. Almost all are stateless or immutable and so thread-safe; the exceptions, each saying so, are
 * the markup being built ({@code Html}, {@code CsvTable}) and the map projection ({@code BritishNationalGrid}, and so
 * {@code ChoroplethMap}), made afresh for each report.
 */
package org.nhsblueprint.report;
