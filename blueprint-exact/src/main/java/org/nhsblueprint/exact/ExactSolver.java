package org.nhsblueprint.exact;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.util.ArrayList;
import java.util.List;
import org.nhsblueprint.optimise.LocationProblem;
import org.nhsblueprint.optimise.Solution;

/**
 * Location problems solved exactly as mixed-integer programmes through Google OR-Tools (SCIP behind MPSolver): the
 * reference our heuristics are tested against, and the exact option for small and medium instances. The p-median
 * formulation: open y_j, assignment x_ij, min Σ w_i c_ij x_ij subject to Σ_j x_ij = 1, x_ij <= y_j, Σ y_j = p
 * (fixed sites y_j = 1, forbidden y_j = 0); with capacities, x is binary (one site per customer) and
 * Σ_i d_i x_ij <= Q_j y_j. The answer's lower bound is the solver's best bound, so a time limit gives a stated gap.
 * Thread-safe: each call builds its own solver.
 */
public final class ExactSolver {
    private static final Object LOAD = new Object();
    private static boolean loaded;

    private final double timeLimitSeconds;

    public ExactSolver(double timeLimitSeconds) {
        this.timeLimitSeconds = timeLimitSeconds;
    }

    private static void load() {
        synchronized (LOAD) {
            if (!loaded) {
                Loader.loadNativeLibraries();
                loaded = true;
            }
        }
    }

    /**
     * @throws IllegalStateException if the solver finds no feasible answer in the time allowed
     */
    public Solution solve(LocationProblem problem) {
        load();
        long start = System.nanoTime();
        int n = problem.customers();
        int m = problem.candidates();
        MPSolver solver = MPSolver.createSolver("SCIP");
        if (solver == null) {
            throw new IllegalStateException("OR-Tools has no SCIP solver on this platform");
        }
        solver.setTimeLimit((long) (timeLimitSeconds * 1000));
        MPVariable[] y = new MPVariable[m];
        MPConstraint count = solver.makeConstraint(problem.p(), problem.p(), "p");
        for (int j = 0; j < m; j++) {
            double lb = problem.fixed(j) ? 1 : 0;
            double ub = problem.forbidden(j) ? 0 : 1;
            y[j] = solver.makeIntVar(lb, ub, "y" + j);
            count.setCoefficient(y[j], 1);
        }
        boolean capacitated = problem.capacitated();
        MPObjective objective = solver.objective();
        MPVariable[][] x = new MPVariable[m][n];
        MPConstraint[] once = new MPConstraint[n];
        for (int i = 0; i < n; i++) {
            once[i] = solver.makeConstraint(1, 1, "once" + i);
        }
        for (int j = 0; j < m; j++) {
            if (problem.forbidden(j)) {
                continue;
            }
            MPConstraint cap = capacitated ? solver.makeConstraint(Double.NEGATIVE_INFINITY, 0, "cap" + j) : null;
            if (cap != null) {
                cap.setCoefficient(y[j], -problem.capacity(j));
            }
            for (int i = 0; i < n; i++) {
                x[j][i] = capacitated ? solver.makeIntVar(0, 1, "") : solver.makeNumVar(0, 1, "");
                once[i].setCoefficient(x[j][i], 1);
                MPConstraint link = solver.makeConstraint(Double.NEGATIVE_INFINITY, 0, "");
                link.setCoefficient(x[j][i], 1);
                link.setCoefficient(y[j], -1);
                objective.setCoefficient(x[j][i], problem.weight(i) * problem.cost(j, i));
                if (cap != null) {
                    cap.setCoefficient(x[j][i], problem.demand(i));
                }
            }
        }
        objective.setMinimization();
        MPSolver.ResultStatus status = solver.solve();
        if (status != MPSolver.ResultStatus.OPTIMAL && status != MPSolver.ResultStatus.FEASIBLE) {
            solver.delete();
            throw new IllegalStateException(problem.name() + ": OR-Tools found no answer (" + status + ") in "
                    + timeLimitSeconds + " s");
        }
        List<Integer> open = new ArrayList<>();
        for (int j = 0; j < m; j++) {
            if (y[j].solutionValue() > 0.5) {
                open.add(j);
            }
        }
        int[] site = new int[n];
        for (int i = 0; i < n; i++) {
            double best = -1;
            for (int j : open) {
                if (x[j][i] != null && x[j][i].solutionValue() > best) {
                    best = x[j][i].solutionValue();
                    site[i] = j;
                }
            }
        }
        double value = objective.value();
        double bound = status == MPSolver.ResultStatus.OPTIMAL ? value : objective.bestBound();
        solver.delete();
        return new Solution(open, value, bound, (System.nanoTime() - start) / 1e9,
                "OR-Tools " + (status == MPSolver.ResultStatus.OPTIMAL ? "optimal" : "time-limited")
                        + " (SCIP mixed-integer programme)", site);
    }
}
