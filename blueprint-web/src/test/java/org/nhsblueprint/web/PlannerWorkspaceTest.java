package org.nhsblueprint.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.nhsblueprint.access.AccessAnalysis;
import org.nhsblueprint.dataset.DatasetLoader;
import org.nhsblueprint.dataset.SimulationFiles;
import org.nhsblueprint.demand.DemandRates;
import org.nhsblueprint.demand.MinimumVolumes;
import org.nhsblueprint.model.PostcodeDistricts;
import org.nhsblueprint.model.RegionModel;
import org.nhsblueprint.model.SiteFacts;
import org.nhsblueprint.store.Accounts;
import org.nhsblueprint.store.Consultations;
import org.nhsblueprint.store.Database;
import org.nhsblueprint.travel.EstimateParameters;
import org.nhsblueprint.travel.GreatCircleEstimate;

/**
 * The planners' workspace beyond running one scenario: editing scenarios, runs that outlive a restart, the full
 * consultation report, and accounts managed by admins only. On the embedded H2 and the real London data.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlannerWorkspaceTest {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    private Database db;
    private WebServer.Data data;
    private AccessAnalysis analysis;
    private WebServer.RunInputs inputs;
    private WebServer server;
    private String base;

    @BeforeAll
    void start() throws Exception {
        Path london = Path.of("../datasets/london");
        RegionModel region = new DatasetLoader().load(london);
        analysis = new AccessAnalysis(new GreatCircleEstimate(EstimateParameters.londonDefaults()));
        data = new WebServer.Data(region, SiteFacts.NONE, PostcodeDistricts.NONE, new AreaAccessIndex(
                region.catalogue().all().stream().map(s -> analysis.run(region, s)).toList()), List.of());
        Path demand = london.resolve("demand");
        inputs = new WebServer.RunInputs(DemandRates.parse(Files.readAllLines(demand.resolve("demand_rates.csv")),
                "demand_rates.csv"), MinimumVolumes.parse(Files.readAllLines(demand.resolve("min_volumes.csv")),
                "min_volumes.csv"), new SimulationFiles().read(london));
        db = Database.open(Database.embeddedUrl(dir.resolve("db")), null, null);
        Accounts accounts = new Accounts(db, 4, Duration.ofHours(1));
        accounts.save("planner@nhs.example", "correct horse battery".toCharArray(), Accounts.Role.planner);
        accounts.save("admin@nhs.example", "admin horse battery".toCharArray(), Accounts.Role.admin);
        new Consultations(db).save(new Consultations.Consultation("polyclinics-2008", "Healthcare for London",
                "Polyclinics", List.of(new Consultations.Question("q1", "Do you support polyclinics?",
                List.of("support", "oppose", "undecided"))), true));
        server = serverOn(dir.resolve("runs"));
        base = "http://127.0.0.1:" + server.start("127.0.0.1", 0);
    }

    private WebServer serverOn(Path runs) throws Exception {
        return new WebServer(data, db, new Accounts(db, 4, Duration.ofHours(1)), JSON,
                new WebServer.Settings(64 * 1024, 1000, false, 1000),
                new WebServer.Workspace(analysis, Path.of("../scenarios"), runs, inputs));
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
        if (db != null) {
            db.close();
        }
    }

    /** A signed-in client: its session cookie and CSRF token. */
    private record Client(String base, String cookie, String csrf) {
        HttpResponse<String> get(String path) throws Exception {
            return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("Cookie", cookie).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, String body) throws Exception {
            return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("Cookie", cookie)
                    .header("X-CSRF-Token", csrf).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        JsonNode await(JsonNode run) throws Exception {
            JsonNode now = run;
            for (int i = 0; i < 900 && !now.get("status").asText().matches("done|failed"); i++) {
                Thread.sleep(100);
                now = JSON.readTree(get("/api/planner/runs/" + run.get("id").asText()).body());
            }
            return now;
        }
    }

    private Client signIn(String base, String name, String password) throws Exception {
        HttpResponse<String> in = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/session"))
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(java.util.Map.of("name", name,
                        "password", password)))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, in.statusCode(), in.body());
        String cookie = in.headers().firstValue("Set-Cookie").orElseThrow();
        return new Client(base, cookie.substring(0, cookie.indexOf(';')), JSON.readTree(in.body()).get("csrf_token")
                .asText());
    }

    @Test
    void aShippedScenarioIsEditedIntoACopyAndAnAddedOneIsReplaced() throws Exception {
        Client planner = signIn(base, "planner@nhs.example", "correct horse battery");
        HttpResponse<String> shipped = planner.get("/api/planner/scenarios/london-stroke-2010");
        assertEquals(200, shipped.statusCode(), shipped.body());
        JsonNode s = JSON.readTree(shipped.body());
        assertFalse(s.get("uploaded").asBoolean());
        String yaml = s.get("yaml").asText();
        assertEquals(Files.readString(Path.of("../scenarios/london-stroke-2010.yaml")), yaml);

        String edited = yaml.replaceFirst("(?m)^name: .*$", "name: Stroke 2010 edited");
        JsonNode saved = JSON.readTree(planner.post("/api/planner/scenarios", edited).body());
        assertEquals("uploaded-stroke-2010-edited", saved.get("id").asText());
        assertFalse(saved.get("replaced").asBoolean());
        assertEquals(yaml, Files.readString(Path.of("../scenarios/london-stroke-2010.yaml")), "shipped stays");
        JsonNode again = JSON.readTree(planner.post("/api/planner/scenarios", edited + "\n# second edit\n").body());
        assertTrue(again.get("replaced").asBoolean(), again.toString());
        assertTrue(JSON.readTree(planner.get("/api/planner/scenarios/uploaded-stroke-2010-edited").body())
                .get("yaml").asText().endsWith("# second edit\n"));
    }

    @Test
    void aWebRunHasTheSiteVolumesAndTheMonteCarloAppraiseGivesAndIsReproducible() throws Exception {
        Client planner = signIn(base, "planner@nhs.example", "correct horse battery");
        List<String> pages = new java.util.ArrayList<>();
        for (int i = 0; i < 2; i++) {
            JsonNode run = planner.await(JSON.readTree(planner.post("/api/planner/runs",
                    "{\"scenario\": \"london-polyclinics-hub\"}").body()));
            assertEquals("done", run.get("status").asText(), run.toString());
            pages.add(planner.get(run.get("report").asText()).body());
        }
        assertTrue(pages.get(0).contains("Uncertainty: 1,000 Monte Carlo iterations"), "the scenario's simulation");
        assertTrue(pages.get(0).contains("Modelled site volumes (cases a year)"), "volumes from the demand rates");
        assertEquals(pages.get(0), pages.get(1), "the same inputs and seed give the same report");
    }

    @Test
    void runsAndTheirReportsOutliveARestartAndAnInterruptedRunSaysSo() throws Exception {
        Path runs = dir.resolve("restart-runs");
        String id;
        String report;
        try (WebServer first = serverOn(runs)) {
            Client planner = signIn("http://127.0.0.1:" + first.start("127.0.0.1", 0), "planner@nhs.example",
                    "correct horse battery");
            JsonNode run = planner.await(JSON.readTree(planner.post("/api/planner/runs",
                    "{\"scenario\": \"london-stroke-2010\"}").body()));
            assertEquals("done", run.get("status").asText(), run.toString());
            id = run.get("id").asText();
            report = run.get("report").asText();
        }
        // a run the server was still working on when it stopped
        Files.createDirectories(runs.resolve("deadbeef"));
        Files.writeString(runs.resolve("deadbeef").resolve(RunStore.FILE), "{\"id\": \"deadbeef\", \"scenario\":"
                + " \"london-stroke-2010\", \"status\": \"running\", \"step\": \"appraising\", \"started\":"
                + " \"2026-11-22T10:00:00Z\", \"finished\": null, \"error\": \"\", \"services\": [],"
                + " \"report\": null}");
        // a record whose report points out of its folder is skipped, not served
        Files.createDirectories(runs.resolve("badbad00"));
        Files.writeString(runs.resolve("badbad00").resolve(RunStore.FILE), "{\"id\": \"badbad00\", \"scenario\":"
                + " \"x\", \"status\": \"done\", \"step\": \"done\", \"started\": \"2026-11-22T10:00:00Z\","
                + " \"finished\": null, \"error\": \"\", \"services\": [],"
                + " \"report\": \"../../blueprint.mv.db\"}");
        try (WebServer second = serverOn(runs)) {
            Client planner = signIn("http://127.0.0.1:" + second.start("127.0.0.1", 0), "planner@nhs.example",
                    "correct horse battery");
            JsonNode list = JSON.readTree(planner.get("/api/planner/runs").body());
            assertEquals(2, list.size(), "the finished run and the interrupted one: " + list);
            JsonNode kept = JSON.readTree(planner.get("/api/planner/runs/" + id).body());
            assertEquals("done", kept.get("status").asText());
            assertEquals(6, kept.get("services").size());
            assertEquals(report, kept.get("report").asText());
            HttpResponse<String> page = planner.get(report);
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("<html"));
            JsonNode interrupted = JSON.readTree(planner.get("/api/planner/runs/deadbeef").body());
            assertEquals("failed", interrupted.get("status").asText());
            assertEquals(RunStore.INTERRUPTED, interrupted.get("error").asText());
        }
    }

    @Test
    void theFullConsultationReportIsWrittenInTheBackgroundWithoutPersonalData() throws Exception {
        Consultations consultations = new Consultations(db);
        for (int i = 0; i < 60; i++) {
            String text = i % 3 == 0 ? "I oppose closing Edgware walk-in centre because the buses from Burnt Oak"
                    + " take too long for older people <script>alert(1)</script>. Yours faithfully, Jane Smith"
                    : "The new polyclinic would bring more services under one roof number " + i
                    + " and longer opening hours for working families.";
            consultations.submit("polyclinics-2008", "report-key-" + i, new Consultations.NewResponse(text,
                    "individual", "E01000001", "65-74", java.util.Map.of("q1", i % 3 == 0 ? "oppose" : "support")));
        }
        Client planner = signIn(base, "planner@nhs.example", "correct horse battery");
        assertEquals(404, planner.post("/api/planner/consultations/nope/reports", "").statusCode());
        HttpResponse<String> queued = planner.post("/api/planner/consultations/polyclinics-2008/reports", "");
        assertEquals(202, queued.statusCode(), queued.body());
        JsonNode run = planner.await(JSON.readTree(queued.body()));
        assertEquals("done", run.get("status").asText(), run.toString());
        assertEquals(60, run.get("services").get(0).get("responses").asInt());
        HttpResponse<String> page = planner.get(run.get("report").asText());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Healthcare for London"), "the consultation's title heads the report");
        assertTrue(page.body().contains("20 of 60 responses"), "the campaign of 20 copies is reported");
        assertTrue(page.body().contains("Q1: Do you support polyclinics?"), "questions are shown in their words");
        assertFalse(page.body().contains("Jane Smith"), "no personal data in the report");
        assertTrue(page.body().contains("older people &lt;script&gt;alert(1)&lt;/script&gt;"), "the template, escaped");
        assertFalse(page.body().contains("<script>"), "no script from a response reaches the page");
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'none'"));
    }

    @Test
    void onlyAnAdminManagesAccounts() throws Exception {
        Client planner = signIn(base, "planner@nhs.example", "correct horse battery");
        assertEquals(403, planner.get("/api/planner/accounts").statusCode());
        HttpResponse<String> refused = planner.post("/api/planner/accounts",
                "{\"name\": \"new@nhs.example\", \"password\": \"a long enough one\", \"role\": \"admin\"}");
        assertEquals(403, refused.statusCode());
        assertEquals("role", JSON.readTree(refused.body()).get("field").asText());
        Client admin = signIn(base, "admin@nhs.example", "admin horse battery");
        HttpResponse<String> weak = admin.post("/api/planner/accounts",
                "{\"name\": \"new@nhs.example\", \"password\": \"short\"}");
        assertEquals(400, weak.statusCode());
        assertEquals("password", JSON.readTree(weak.body()).get("field").asText());
        assertEquals(201, admin.post("/api/planner/accounts",
                "{\"name\": \"new@nhs.example\", \"password\": \"a long enough one\"}").statusCode());
        assertEquals(200, admin.post("/api/planner/accounts",
                "{\"name\": \"new@nhs.example\", \"password\": \"a long enough one\"}").statusCode(), "replaced");
        HttpResponse<String> lockOut = admin.post("/api/planner/accounts",
                "{\"name\": \"admin@nhs.example\", \"password\": \"admin horse battery\", \"role\": \"planner\"}");
        assertEquals(409, lockOut.statusCode(), "the only admin cannot be made a planner");
        assertEquals("role", JSON.readTree(lockOut.body()).get("field").asText());
        Client noCsrf = new Client(base, admin.cookie(), "");
        assertEquals(403, noCsrf.post("/api/planner/accounts",
                "{\"name\": \"x@nhs.example\", \"password\": \"a long enough one\"}").statusCode());
        JsonNode all = JSON.readTree(admin.get("/api/planner/accounts").body());
        assertTrue(all.isArray(), all.toString());
        assertEquals(List.of("admin@nhs.example admin", "new@nhs.example planner", "planner@nhs.example planner"),
                java.util.stream.StreamSupport.stream(all.spliterator(), false).map(a -> a.get("name").asText() + " "
                        + a.get("role").asText()).toList());
        assertTrue(all.get(0).get("created").asText().matches("\\d{4}-\\d{2}-\\d{2}T.*"), all.toString());
        assertFalse(all.toString().contains("$2"), "no password hash leaves the store");
        signIn(base, "new@nhs.example", "a long enough one");
    }
}
