package org.nhsblueprint.dataset;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A dataset could not be loaded; carries every problem found, grouped by file in the message. Immutable (its problem
 * list cannot change) and so safe to share between threads.
 */
public final class DatasetException extends RuntimeException {
    /** Problems shown per file in the message; all of them stay available through {@link #problems()}. */
    private static final int SHOWN_PER_FILE = 25;

    private final transient List<DataProblem> problems;

    public DatasetException(String dataset, List<DataProblem> problems) {
        this("dataset", dataset, problems);
    }

    /** @param what what could not be loaded, e.g. "dataset" or "scenario" */
    public DatasetException(String what, String name, List<DataProblem> problems) {
        super(describe(what, name, problems));
        this.problems = List.copyOf(problems);
    }

    public List<DataProblem> problems() {
        return problems;
    }

    private static String describe(String what, String dataset, List<DataProblem> problems) {
        Map<String, List<DataProblem>> byFile = problems.stream()
                .collect(Collectors.groupingBy(DataProblem::file, LinkedHashMap::new, Collectors.toList()));
        StringBuilder s = new StringBuilder(what).append(' ').append(dataset).append(" has ").append(problems.size())
                .append(problems.size() == 1 ? " problem" : " problems").append(" and was not loaded:");
        byFile.forEach((file, list) -> {
            list.stream().limit(SHOWN_PER_FILE).forEach(p -> s.append("\n  ").append(p));
            if (list.size() > SHOWN_PER_FILE) {
                s.append("\n  ").append(file).append(": ... and ").append(list.size() - SHOWN_PER_FILE)
                        .append(" more problems in this file");
            }
        });
        return s.toString();
    }
}
