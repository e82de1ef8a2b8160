package org.nhsblueprint.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.nhsblueprint.access.AccessAnalysis;
import org.nhsblueprint.dataset.SimulationFiles;
import org.nhsblueprint.dataset.SyntheticConsultation;
import org.nhsblueprint.model.PostcodeDistricts;
import org.nhsblueprint.model.RegionModel;
import org.nhsblueprint.model.SiteFacts;
import org.nhsblueprint.store.Accounts;
import org.nhsblueprint.store.Consultations;
import org.nhsblueprint.store.Database;
import org.nhsblueprint.web.AreaAccessIndex;
import org.nhsblueprint.web.Proposal;
import org.nhsblueprint.web.WebServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code blueprint serve}: the web server on the bundled (or given) dataset and the embedded database, until stopped.
 * Every area's access is worked out once at start. The first start publishes the 2008 polyclinics consultation so the
 * response form has something to answer. One instance per command line.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, version = "Blueprint " + BlueprintCommand.VERSION,
        description = "Run the web server: the REST API (/openapi.json), planners' API and public side, on the"
                + " embedded H2 database under --data-dir or a PostgreSQL --db. Stop it with Ctrl-C.")
final class ServeCommand implements Callable<Integer> {
    static final String DEMO_CONSULTATION = "healthcare-for-london-2008";

    private final Application app;

    @Spec
    private CommandSpec spec;

    @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "HOST",
            description = "Address to listen on (default ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
    private String host;

    @Option(names = "--port", defaultValue = "8080", paramLabel = "PORT",
            description = "Port (default ${DEFAULT-VALUE}; 0 for any free port).")
    private int port;

    @Option(names = "--dataset", paramLabel = "DIR", description = "Dataset folder (default: the bundled London data).")
    private Path dataset;

    @CommandLine.Mixin
    private DatabaseOptions database = new DatabaseOptions();

    @Option(names = "--responses-per-minute", defaultValue = "30", paramLabel = "N",
            description = "Consultation responses one client address may send a minute (default ${DEFAULT-VALUE}).")
    private int responsesPerMinute;

    @Option(names = "--proposal", paramLabel = "SCENARIO.yaml", description = "A scenario published to the public"
            + " as a proposal (what it changes is shown on each area's page); repeat for each. Default: the two"
            + " shipped polyclinic scenarios.")
    private List<Path> published;

    @Option(names = "--check", description = "Start, ask the server's own /api/health, stop, and report: checks the"
            + " dataset, database and port without leaving a server running.")
    private boolean check;

    @Option(names = "--json", description = "Print one JSON object when listening (or, with --check, when done).")
    private boolean json;

    ServeCommand(Application app) {
        this.app = app;
    }

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port must be 0 to 65535");
        }
        if (responsesPerMinute < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--responses-per-minute must be 1 or more");
        }
        Path dir = app.dataset(dataset, spec);
        if (published != null) {
            for (Path f : published) {
                if (!java.nio.file.Files.isRegularFile(f)) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "--proposal: file not found: " + f);
                }
            }
        }
        Progress progress = app.progress(spec.commandLine().getErr(), 3);
        progress.step("loading " + app.display(dir));
        RegionModel region = app.loader().load(dir);
        SiteFacts facts = app.loader().siteFacts(dir, region);
        PostcodeDistricts postcodes = app.loader().postcodeDistricts(dir);
        DemandFiles demand;
        try {
            demand = DemandFiles.of(dir);
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(e.getMessage());
        }
        WebServer.RunInputs inputs = new WebServer.RunInputs(demand.rates(), demand.minimums(),
                SimulationFiles.present(dir) ? new SimulationFiles().read(dir) : null);
        progress.step("working out every area's access to every service");
        AccessAnalysis analysis = app.access(app.estimate());
        AreaAccessIndex access = new AreaAccessIndex(region.catalogue().all().stream()
                .map(s -> analysis.run(region, s)).toList());
        List<Proposal> proposals = new ArrayList<>();
        for (Path f : published == null ? List.of(app.home().resolve("scenarios/london-polyclinics-hub.yaml"),
                app.home().resolve("scenarios/london-polyclinics-network.yaml")) : published) {
            proposals.add(Proposal.of(f, region, analysis));
        }
        progress.step("opening the database");
        Database db = database.open(app);
        WebServer server;
        int actual;
        try {
            publishDemo(new Consultations(db));
            server = new WebServer(new WebServer.Data(region, facts, postcodes, access, proposals), db,
                    new Accounts(db, 12, Duration.ofHours(8)), app.json(),
                    new WebServer.Settings(WebServer.Settings.defaults().maxBodyBytes(), responsesPerMinute, false,
                            WebServer.Settings.defaults().signInsPerMinute()),
                    new WebServer.Workspace(analysis, app.home().resolve("scenarios"),
                            database.dataDir(app).resolve("runs"), inputs));
            actual = server.start(host, port);
        } catch (RuntimeException | java.io.IOException e) {
            db.close();
            throw e;
        }
        progress.finish();
        String url = "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + actual;
        PrintWriter o = spec.commandLine().getOut();
        if (check) {
            HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(url + "/api/health")).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            server.close();
            db.close();
            if (json) {
                ObjectNode n = app.json().createObjectNode();
                n.put("url", url);
                n.put("database", db.describe());
                n.put("health_status", health.statusCode());
                n.set("health", app.json().readTree(health.body()));
                o.println(app.json().writeValueAsString(n));
            } else {
                o.println(url + " answered " + health.statusCode() + ": " + health.body());
            }
            o.flush();
            return health.statusCode() == 200 ? 0 : 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            db.close();
            stopped.countDown();
        }));
        if (json) {
            ObjectNode n = app.json().createObjectNode();
            n.put("url", url);
            n.put("database", db.describe());
            o.println(app.json().writeValueAsString(n).replace("\n", "").replaceAll(" +", " "));
        } else {
            o.println("Blueprint is serving " + url + " (API description: " + url + "/openapi.json); database "
                    + db.describe() + "; Ctrl-C stops it");
        }
        o.flush();
        stopped.await();
        return 0;
    }

    /** The 2008 polyclinics consultation, published on the first start so the public side has one to answer. */
    static void publishDemo(Consultations consultations) {
        if (consultations.find(DEMO_CONSULTATION).isPresent()) {
            return;
        }
        List<Consultations.Question> questions = new ArrayList<>();
        for (Map.Entry<String, String> q : SyntheticConsultation.QUESTIONS.entrySet()) {
            questions.add(new Consultations.Question(q.getKey(), q.getValue(), SyntheticConsultation.ANSWERS));
        }
        consultations.save(new Consultations.Consultation(DEMO_CONSULTATION, "Healthcare for London: polyclinics,"
                + " longer opening and stroke units", "NHS London's 2008 proposals: more care in GP-led polyclinics,"
                + " GP services open for longer, and emergency stroke care in a few specialist units.", questions,
                true));
    }
}
