package org.nhsblueprint.model;

/**
 * Where a table of data came from: shown beside every figure that uses it.
 *
 * @param file the file inside the dataset folder
 */
public record DataSource(String title, String file, String publisher, String vintage, String licence) {
    public DataSource {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("data source has no title");
        }
        file = file == null ? "" : file;
        publisher = publisher == null ? "" : publisher;
        vintage = vintage == null ? "" : vintage;
        licence = licence == null ? "" : licence;
    }
}
