package org.nhsblueprint.dataset;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems found while reading one dataset. Mutable and not thread-safe: used by one load on one thread.
 */
final class Problems {
    private final List<DataProblem> list = new ArrayList<>();

    void add(String file, long line, String field, String value, String message) {
        list.add(new DataProblem(file, line, field, value, message));
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    int count() {
        return list.size();
    }

    List<DataProblem> all() {
        return List.copyOf(list);
    }
}
