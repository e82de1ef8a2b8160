package org.nhsblueprint.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.nhsblueprint.model.GeoPoint;
import org.nhsblueprint.network.Journey;
import org.nhsblueprint.network.NetworkMode;
import org.nhsblueprint.network.RoadNetwork;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code blueprint route}: one journey on a road network. One instance per command line. */
@Command(name = "route", mixinStandardHelpOptions = true, version = "Blueprint " + BlueprintCommand.VERSION,
        description = "The quickest road journey between two points (latitude,longitude in WGS84) on a network "
                + "built with 'blueprint network build'.")
final class RouteCommand implements Callable<Integer> {
    private final Application app;

    @Spec
    private CommandSpec spec;

    @Option(names = "--network", required = true, paramLabel = "DIR", description = "Road network folder.")
    private Path network;

    @Option(names = "--from", required = true, paramLabel = "LAT,LON", description = "Start, e.g. 51.5247,-0.1369")
    private String from;

    @Option(names = "--to", required = true, paramLabel = "LAT,LON", description = "End, e.g. 51.5529,-0.1655")
    private String to;

    @Option(names = "--mode", paramLabel = "M", defaultValue = "car",
            description = "car, ambulance or foot (default: ${DEFAULT-VALUE}).")
    private String mode;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    private boolean json;

    RouteCommand(Application app) {
        this.app = app;
    }

    @Override
    public Integer call() throws Exception {
        GeoPoint a = point("--from", from);
        GeoPoint b = point("--to", to);
        NetworkMode m = mode();
        Journey j;
        try (RoadNetwork road = RoadNetwork.open(network)) {
            j = road.route(a, b, m);
        }
        PrintWriter o = spec.commandLine().getOut();
        if (json) {
            ObjectNode n = app.json().createObjectNode();
            n.put("mode", j.mode());
            n.put("minutes", Math.round(j.minutes() * 100) / 100.0);
            n.put("metres", Math.round(j.metres() * 10) / 10.0);
            n.put("straight_line_metres", Math.round(j.straightLineMetres() * 10) / 10.0);
            n.put("from_snap_metres", Math.round(j.fromSnapMetres() * 10) / 10.0);
            n.put("to_snap_metres", Math.round(j.toSnapMetres() * 10) / 10.0);
            n.put("attribution", "© OpenStreetMap contributors, ODbL 1.0");
            o.println(app.json().writeValueAsString(n));
        } else {
            o.printf(Locale.ROOT, "%s: %.1f min, %.2f km by road (%.2f km as the crow flies); start %.0f m and end"
                            + " %.0f m from the road%n", j.mode(), j.minutes(), j.metres() / 1000,
                    j.straightLineMetres() / 1000, j.fromSnapMetres(), j.toSnapMetres());
        }
        o.flush();
        return 0;
    }

    private NetworkMode mode() {
        return switch (mode) {
            case "car" -> NetworkMode.CAR;
            case "ambulance" -> NetworkMode.AMBULANCE;
            case "foot", "walk" -> NetworkMode.FOOT;
            default -> throw new CommandLine.ParameterException(spec.commandLine(),
                    "--mode: '" + mode + "' is not a road mode (car, ambulance or foot)");
        };
    }

    private GeoPoint point(String option, String text) {
        String[] parts = text.split(",");
        try {
            if (parts.length != 2) {
                throw new IllegalArgumentException("expected LAT,LON");
            }
            return new GeoPoint(Double.parseDouble(parts[0].trim()), Double.parseDouble(parts[1].trim()));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), option + ": '" + text
                    + "' is not a latitude,longitude pair (e.g. 51.5247,-0.1369): " + e.getMessage());
        }
    }
}
