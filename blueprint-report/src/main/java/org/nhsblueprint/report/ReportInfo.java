package org.nhsblueprint.report;

import org.nhsblueprint.model.RegionModel;

/**
 * What a report says about how it was made, shown in its title and "Method" section and repeated in
 * {@code summary.json}. Nothing here is read from the clock, so the same inputs give the same report. Immutable and
 * thread-safe.
 *
 * @param title            the report's heading
 * @param datasetFolder    the dataset folder the model was loaded from, as the user gave it
 * @param commandLine      the command that produced the report, for reproducing it (empty if not known)
 * @param blueprintVersion the Blueprint version that produced the report (empty if not known)
 */
public record ReportInfo(String title, String datasetFolder, String commandLine, String blueprintVersion) {
    public ReportInfo {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("a report needs a title, got '" + title + "'");
        }
        datasetFolder = datasetFolder == null ? "" : datasetFolder;
        commandLine = commandLine == null ? "" : commandLine;
        blueprintVersion = blueprintVersion == null ? "" : blueprintVersion;
    }

    /** The usual report on a region as it is: titled "How well is London served today?". */
    public static ReportInfo today(RegionModel model, String datasetFolder, String commandLine,
                                   String blueprintVersion) {
        return new ReportInfo("How well is " + model.name() + " served today?", datasetFolder, commandLine,
                blueprintVersion);
    }
}
