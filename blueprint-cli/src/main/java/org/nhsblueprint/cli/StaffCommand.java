package org.nhsblueprint.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.nhsblueprint.capacity.ErlangC;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code blueprint capacity staff}: the fewest clinicians on duty that meet a service level within a target and keep
 * occupancy at or below a maximum (Erlang C), and the number to roster once shrinkage is allowed for. One instance
 * per command line.
 */
@Command(name = "staff", mixinStandardHelpOptions = true, version = "Blueprint " + BlueprintCommand.VERSION,
        description = "The fewest clinicians that see the target share of arrivals within the target time (Erlang C)"
                + " without exceeding the maximum occupancy, and the number to roster after shrinkage.")
final class StaffCommand implements Callable<Integer> {
    private final Application app;

    @Spec
    private CommandSpec spec;

    @CommandLine.Mixin
    private QueueInputs queue = new QueueInputs();

    @Option(names = "--target-seconds", required = true, paramLabel = "T", description = "Answer-time target, s.")
    private double target;

    @Option(names = "--service-level", paramLabel = "SL", defaultValue = "0.8",
            description = "Share to see within the target (default ${DEFAULT-VALUE}).")
    private double level;

    @Option(names = "--max-occupancy", paramLabel = "OCC", defaultValue = "0.85",
            description = "Highest acceptable occupancy (default ${DEFAULT-VALUE}).")
    private double occupancy;

    @Option(names = "--shrinkage", paramLabel = "S", defaultValue = "0",
            description = "Share of paid time not available to see patients (default ${DEFAULT-VALUE}).")
    private double shrinkage;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    private boolean json;

    StaffCommand(Application app) {
        this.app = app;
    }

    @Override
    public Integer call() throws Exception {
        ErlangC.Staffing s;
        try {
            s = ErlangC.staff(queue.arrivals, queue.minutes, target, level, occupancy, shrinkage);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter o = spec.commandLine().getOut();
        if (json) {
            ObjectNode n = QueueCommand.json(app, s.atServers(), queue.arrivals, queue.minutes, target);
            n.put("target_service_level", level);
            n.put("max_occupancy", occupancy);
            n.put("shrinkage", shrinkage);
            n.put("rostered", s.rostered());
            o.println(app.json().writeValueAsString(n));
        } else {
            o.printf(Locale.ROOT, "%d clinicians on duty (%d to roster with %.0f%% shrinkage)%n",
                    s.atServers().servers(), s.rostered(), 100 * shrinkage);
            QueueCommand.text(o, s.atServers(), target);
        }
        o.flush();
        return 0;
    }
}
