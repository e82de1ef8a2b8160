/**
 * Reports: the files a planner takes away. {@link org.nhsblueprint.report.ReportWriter} writes the access report,
 * {@link org.nhsblueprint.report.AppraisalReportWriter} what one option changes (with its Monte Carlo section),
 * {@link org.nhsblueprint.report.ComparisonReportWriter} several options side by side, and
 * {@link org.nhsblueprint.report.TradeOffReportWriter} a location question's trade-off over the number of sites: each a
 * self-contained HTML page ({@code index.html}, inline CSS and SVG, no scripts or external resources) with JSON or CSV tables, into one folder.
 *
 * <p>A top layer: it depends on the domain model and the engines, never the other way round. Output is
 * reproducible: the same model, results and {@link org.nhsblueprint.report.ReportInfo} give byte-identical files on
 * any machine (fixed locale, fixed line endings, no clock). Everything rendered into HTML passes through
 * {@link org.nhsblueprint.report.Html#escape(String)} because names come from data files.
 *
 * <p>Public: the four writers, their inputs ({@code ReportInfo}, {@code AppraisalVolumes}, {@code ComparisonOption}),
 * {@code AccessJson} and {@code Display}; the rest are package-private steps, one file each. Almost all are stateless or immutable and so thread-safe; the exceptions, each saying so, are
 * the markup being built ({@code Html}, {@code CsvTable}) and the map projection ({@code BritishNationalGrid}, and so
 * {@code ChoroplethMap}), made afresh for each report.
 */
package org.nhsblueprint.report;
