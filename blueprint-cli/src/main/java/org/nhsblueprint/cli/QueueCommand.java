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
 * {@code blueprint capacity queue}: one urgent service as an M/M/c queue (Erlang C): the probability of waiting, the
 * mean wait, the service level within a target and occupancy. Also {@code capacity staff}, the fewest clinicians that
 * meet a service level. One instance per command line.
 */
@Command(name = "queue", mixinStandardHelpOptions = true, version = "Blueprint " + BlueprintCommand.VERSION,
        description = "An urgent service as an M/M/c queue (Erlang C): random arrivals, exponential service times, "
                + "N clinicians. Prints the probability of waiting, the mean wait, the share seen within the target "
                + "and occupancy.")
final class QueueCommand implements Callable<Integer> {
    private final Application app;

    @Spec
    private CommandSpec spec;

    @CommandLine.Mixin
    private QueueInputs queue = new QueueInputs();

    @Option(names = "--servers", required = true, paramLabel = "N", description = "Clinicians on duty.")
    private int servers;

    @Option(names = "--target-seconds", paramLabel = "T",
            description = "Answer-time target for the service level, seconds (optional).")
    private Double target;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    private boolean json;

    QueueCommand(Application app) {
        this.app = app;
    }

    @Override
    public Integer call() throws Exception {
        ErlangC.Result r;
        try {
            r = ErlangC.of(queue.arrivals, queue.minutes, servers, target == null ? Double.NaN : target);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter o = spec.commandLine().getOut();
        if (json) {
            o.println(app.json().writeValueAsString(json(app, r, queue.arrivals, queue.minutes, target)));
        } else {
            text(o, r, target);
        }
        o.flush();
        return 0;
    }

    /** The queue's JSON: inputs, then {@code p_wait}, {@code mean_wait_seconds}, {@code service_level}, ... */
    static ObjectNode json(Application app, ErlangC.Result r, double arrivals, double minutes, Double target) {
        ObjectNode n = app.json().createObjectNode();
        n.put("arrivals_per_hour", arrivals);
        n.put("service_minutes", minutes);
        n.put("servers", r.servers());
        if (target == null) {
            n.putNull("target_seconds");
        } else {
            n.put("target_seconds", target);
        }
        n.put("offered_load_erlangs", r.offeredLoad());
        n.put("stable", r.stable());
        n.put("p_wait", r.pWait());
        if (r.stable()) {
            n.put("mean_wait_seconds", r.meanWaitSeconds());
        } else {
            n.putNull("mean_wait_seconds");
        }
        if (Double.isNaN(r.serviceLevel())) {
            n.putNull("service_level");
        } else {
            n.put("service_level", r.serviceLevel());
        }
        n.put("occupancy", r.occupancy());
        n.put("method", "Erlang C (M/M/c): Poisson arrivals, exponential service times, first come first served");
        return n;
    }

    static void text(PrintWriter o, ErlangC.Result r, Double target) {
        o.printf(Locale.ROOT, "%d clinicians, offered load %.3f erlangs, occupancy %.1f%%%n", r.servers(),
                r.offeredLoad(), 100 * r.occupancy());
        if (!r.stable()) {
            o.println("Unstable: arrivals outpace service (load >= clinicians), so the queue grows without limit.");
            return;
        }
        o.printf(Locale.ROOT, "probability of waiting   %.4f%n", r.pWait());
        o.printf(Locale.ROOT, "mean wait                %.1f s (%.2f min)%n", r.meanWaitSeconds(),
                r.meanWaitSeconds() / 60);
        if (target != null) {
            o.printf(Locale.ROOT, "seen within %.0f s        %.1f%%%n", target, 100 * r.serviceLevel());
        }
    }
}
