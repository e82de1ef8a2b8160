package org.nhsblueprint.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.nhsblueprint.exact.ExactSolver;
import org.nhsblueprint.optimise.CapacitatedSolver;
import org.nhsblueprint.optimise.LocationProblem;
import org.nhsblueprint.optimise.OrLibrary;
import org.nhsblueprint.optimise.PMedianSolver;
import org.nhsblueprint.optimise.Solution;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code blueprint optimise pmedian|cpmedian --orlib FILE}: one OR-Library benchmark instance, solved by our heuristic
 * with its lower bound and gap, or exactly through OR-Tools with {@code --exact}. One instance per command line.
 */
@Command(mixinStandardHelpOptions = true, version = "Blueprint " + BlueprintCommand.VERSION)
final class OrlibCommand implements Callable<Integer> {
    private final Application app;
    private final boolean capacitated;

    @Spec
    private CommandSpec spec;

    @Option(names = "--orlib", required = true, paramLabel = "FILE", description = "An OR-Library instance file.")
    private Path file;

    @Option(names = "--exact", description = "Solve exactly with OR-Tools (SCIP) instead of our heuristic.")
    private boolean exact;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "60",
            description = "Time limit in seconds (default ${DEFAULT-VALUE}).")
    private double seconds;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "20261122", description = "Seed for the search.")
    private long seed;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    private boolean json;

    OrlibCommand(Application app, boolean capacitated) {
        this.app = app;
        this.capacitated = capacitated;
    }

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(file)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--orlib: file not found: " + file);
        }
        if (!(seconds > 0)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--seconds must be more than 0");
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        String name = file.getFileName().toString().replaceFirst("\\.txt$", "");
        LocationProblem problem;
        double published = Double.NaN;
        try {
            if (capacitated) {
                OrLibrary.Capacitated c = OrLibrary.capacitated(name, lines);
                problem = c.problem();
                published = c.published();
            } else {
                problem = OrLibrary.pmedian(name, lines);
            }
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(e.getMessage());
        }
        PMedianSolver.Options options = new PMedianSolver.Options(seed, 60, 10, 3000, seconds);
        Solution s = exact ? new ExactSolver(seconds).solve(problem)
                : capacitated ? new CapacitatedSolver(options).solve(problem) : new PMedianSolver(options).solve(problem);
        PrintWriter o = spec.commandLine().getOut();
        if (json) {
            ObjectNode n = app.json().createObjectNode();
            n.put("instance", name);
            n.put("customers", problem.customers());
            n.put("p", problem.p());
            n.put("objective", s.objective());
            n.put("lower_bound", s.lowerBound());
            n.put("gap", s.gap());
            n.put("seconds", Math.round(s.seconds() * 1000) / 1000.0);
            if (!Double.isNaN(published)) {
                n.put("published_best", published);
            }
            s.open().forEach(j -> n.withArray("open_sites").add(j + 1));
            n.put("method", s.method());
            o.println(app.json().writeValueAsString(n));
        } else {
            o.printf(Locale.ROOT, "%s: %d customers, p = %d%nobjective %.0f, lower bound %.1f, gap %.3f%%, %.2f s%n",
                    name, problem.customers(), problem.p(), s.objective(), s.lowerBound(), 100 * s.gap(), s.seconds());
            o.println("open sites (1-based): " + s.open().stream().map(j -> String.valueOf(j + 1)).toList());
            o.println("method: " + s.method());
        }
        o.flush();
        return 0;
    }
}
