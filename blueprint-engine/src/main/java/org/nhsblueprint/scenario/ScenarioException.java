package org.nhsblueprint.scenario;

import java.util.List;
import java.util.stream.Collectors;

/** A scenario cannot be applied: carries every problem found, each with its file and line. Immutable. */
public final class ScenarioException extends RuntimeException {
    private final transient List<String> problems;

    public ScenarioException(String scenario, List<String> problems) {
        super("scenario " + scenario + " has " + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                + " and was not applied:\n  " + problems.stream().collect(Collectors.joining("\n  ")));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
