package org.nhsblueprint.dataset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where a scenario's {@code base:} is found: beside the scenario, then in each of the workspace's folders. With
 * folders given (a workspace, such as the web server's) a base must be a plain file name, so an uploaded scenario
 * cannot name a file outside the workspace, and files are named by file name alone; without them (the command line)
 * a base is any path relative to the scenario and files are named as given.
 * Immutable.
 */
record ScenarioBases(List<Path> folders) {
    static final String REFUSED = "must name a scenario of the workspace by its file name, such as"
            + " london-stroke-2009.yaml";

    ScenarioBases {
        folders = List.copyOf(folders);
    }

    /**
     * How a scenario file is named in problems and in reports: as given on the command line; in a workspace by its
     * file name alone, the same wherever the workspace keeps it (and no server path is shown).
     */
    String name(Path file) {
        return folders.isEmpty() ? file.toString() : file.getFileName().toString();
    }

    boolean allows(String base) {
        return folders.isEmpty() || base.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,100}\\.yaml");
    }

    Path resolve(Path file, String base) {
        Path beside = file.toAbsolutePath().getParent().resolve(base);
        return Files.exists(beside) ? beside : folders.stream().map(f -> f.toAbsolutePath().resolve(base))
                .filter(Files::exists).findFirst().orElse(beside);
    }
}
