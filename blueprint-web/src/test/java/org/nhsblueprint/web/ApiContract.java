package org.nhsblueprint.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.nhsblueprint.access.AccessAnalysis;
import org.nhsblueprint.dataset.DatasetLoader;
import org.nhsblueprint.model.RegionModel;
import org.nhsblueprint.model.SiteFacts;
import org.nhsblueprint.store.Accounts;
import org.nhsblueprint.store.Consultations;
import org.nhsblueprint.store.Database;
import org.nhsblueprint.store.TestDatabases;
import org.nhsblueprint.travel.EstimateParameters;
import org.nhsblueprint.travel.GreatCircleEstimate;

/**
 * The API on a free port, on the real London data, against a database: {@link ApiH2Test} runs it on the embedded H2,
 * {@link ApiPostgresTest} on PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ApiContract {
    @TempDir
    static Path dir;
    Database db;
    WebServer server;
    String base;
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final ObjectMapper JSON = new ObjectMapper();

    /** The database kind, as {@link TestDatabases} names it. */
    abstract String kind();

    RegionModel london;
    SiteFacts facts;
    WebServer.Data data;
    AccessAnalysis analysis;
    AreaAccessIndex access;

    @BeforeAll
    void start() throws Exception {
        london = new DatasetLoader().load(Path.of("../datasets/london"));
        facts = new DatasetLoader().siteFacts(Path.of("../datasets/london"), london);
        analysis = new AccessAnalysis(new GreatCircleEstimate(EstimateParameters.londonDefaults()));
        access = new AreaAccessIndex(london.catalogue().all().stream()
                .map(s -> analysis.run(london, s)).toList());
        db = TestDatabases.open(kind(), dir.resolve(kind()));
        Accounts accounts = new Accounts(db, 4, Duration.ofHours(1));
        accounts.save("planner@nhs.example", "correct horse battery".toCharArray(), Accounts.Role.planner);
        new Consultations(db).save(new Consultations.Consultation("polyclinics-2008", "Healthcare for London",
                "Polyclinics", List.of(new Consultations.Question("q1", "Do you support polyclinics?",
                List.of("support", "oppose", "undecided"))), true));
        data = new WebServer.Data(london, facts, new DatasetLoader().postcodeDistricts(Path.of("../datasets/london")),
                access, List.of(Proposal.of(Path.of("../scenarios/london-polyclinics-hub.yaml"), london, analysis)));
        server = new WebServer(data, db, accounts, JSON, new WebServer.Settings(64 * 1024, 1000, false, 1000),
                new WebServer.Workspace(analysis, Path.of("../scenarios"), dir.resolve(kind() + "-runs")));
        base = "http://127.0.0.1:" + server.start("127.0.0.1", 0);
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

    record Reply(int status, JsonNode json, HttpResponse<String> raw) {
    }

    Reply send(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> r = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        boolean isJson = r.headers().firstValue("Content-Type").orElse("").contains("json");
        JsonNode json = r.body().isEmpty() || !isJson ? null : JSON.readTree(r.body());
        return new Reply(r.statusCode(), json, r);
    }

    Reply get(String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path)));
    }

    Reply respond(String key, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base
                        + "/api/consultations/polyclinics-2008/responses"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            b.header("Idempotency-Key", key);
        }
        return send(b);
    }

    @Test
    void healthDatasetsSitesAndAccessForAnArea() throws Exception {
        Reply health = get("/api/health");
        assertEquals(200, health.status());
        assertEquals("ok", health.json().get("database").asText());
        JsonNode dataset = get("/api/datasets").json().get(0);
        assertEquals(4994, dataset.get("areas").asInt());
        assertEquals(8799687, dataset.get("population").asLong());
        assertEquals(8, get("/api/sites?service=hasu").json().size());
        JsonNode city = get("/api/areas?district=E09000001").json();
        assertEquals(6, city.size(), "the City of London's 6 small areas");
        for (JsonNode a : city) { // at their centres, for the map: all within the Square Mile
            assertTrue(Math.abs(a.get("lat").asDouble() - 51.515) < 0.02 && Math.abs(a.get("lon").asDouble() + 0.09)
                    < 0.04, a.toString());
        }
        assertEquals(400, get("/api/sites?service=dentist").status());
        Reply access = get("/api/areas/E01000001/access");
        assertEquals(200, access.status());
        assertEquals("City of London", access.json().get("area").get("district_name").asText());
        JsonNode gp = access.json().get("services").get(0);
        assertEquals("gp", gp.get("service").asText());
        assertTrue(gp.get("nearest").get("minutes").asDouble() > 0);
        assertEquals(1, gp.get("nearest").get("facts").size(), "a practice's registered list");
        // the nearest stroke unit carries its audit figures, as the dataset holds them, each with its source
        JsonNode hasu = access.json().get("services").get(2);
        assertEquals("hasu", hasu.get("service").asText());
        List<org.nhsblueprint.model.SiteFact> audit = facts.of(new org.nhsblueprint.model.SiteCode(
                hasu.get("nearest").get("code").asText()), new org.nhsblueprint.model.ServiceId("hasu"));
        assertEquals(3, audit.size());
        for (int i = 0; i < audit.size(); i++) {
            JsonNode shown = hasu.get("nearest").get("facts").get(i);
            assertEquals(audit.get(i).label() + "=" + audit.get(i).value(), shown.get("label").asText() + "="
                    + shown.get("value").asText());
            assertTrue(shown.get("source").asText().contains("stroke"), shown.toString());
        }
        JsonNode proposal = access.json().get("proposals").get(0);
        assertEquals("london-polyclinics-hub", proposal.get("id").asText());
        for (JsonNode change : proposal.get("changes")) {
            assertTrue(change.get("change_minutes").asDouble() != 0
                    || !change.get("nearest_before").get("code").equals(change.get("nearest_after").get("code")));
        }
        // the hub model only removes GP sites and only adds urgent care and clinics: across Camden's areas no GP
        // journey gets shorter, no urgent care journey longer, and some area sees each kind of change
        int gpLonger = 0;
        int urgentShorter = 0;
        for (JsonNode area : get("/api/areas?district=E09000007").json()) {
            JsonNode changes = get("/api/areas/" + area.get("code").asText() + "/access").json().get("proposals")
                    .get(0).get("changes");
            for (JsonNode change : changes) {
                double minutes = change.get("change_minutes").asDouble();
                if (change.get("service").asText().equals("gp")) {
                    assertTrue(minutes >= 0, "a hub never shortens a GP journey: " + change);
                    gpLonger += minutes > 0 ? 1 : 0;
                }
                if (change.get("service").asText().equals("urgent_care")) {
                    assertTrue(minutes <= 0, "new urgent care never lengthens a journey: " + change);
                    urgentShorter += minutes < 0 ? 1 : 0;
                }
            }
        }
        assertTrue(gpLonger > 0 && urgentShorter > 0, gpLonger + " longer GP, " + urgentShorter + " shorter urgent");
        // a typed postcode district: the small areas nearest where the dataset's own postcodes place it
        Reply se15 = get("/api/postcode-districts/SE15%205LJ");
        assertEquals(200, se15.status(), se15.raw().body());
        assertEquals("SE15", se15.json().get("district").asText());
        assertEquals(PublicApi.NEAREST_AREAS, se15.json().get("areas").size());
        double last = 0;
        for (JsonNode a : se15.json().get("areas")) {
            assertTrue(a.get("km").asDouble() >= last, "nearest first");
            last = a.get("km").asDouble();
        }
        assertEquals("Southwark", se15.json().get("areas").get(0).get("district_name").asText());
        Reply unplaced = get("/api/postcode-districts/EC2A");
        assertEquals(404, unplaced.status());
        assertEquals("district", unplaced.json().get("field").asText());
        Reply hostile = get("/api/postcode-districts/%27%20OR%20%271%27%3D%271");
        assertEquals(400, hostile.status());
        assertEquals("district", hostile.json().get("field").asText());
        Reply missing = get("/api/areas/E01999999/access");
        assertEquals(404, missing.status());
        assertEquals("code", missing.json().get("field").asText());
        assertEquals(404, get("/api/nothing-here").status());
        assertEquals("3.0.3", get("/openapi.json").json().get("openapi").asText());
        assertEquals("nosniff", access.raw().headers().firstValue("X-Content-Type-Options").orElse(""));
    }

    @Test
    void aResponseIsAcknowledgedOnceStoredAndARepeatIsStoredOnce() throws Exception {
        String body = "{\"text\": \"Please keep my surgery\", \"respondent_type\": \"individual\", \"area\":"
                + " \"E01000001\", \"answers\": {\"q1\": \"oppose\"}}";
        Reply first = respond("retry-key-0001", body);
        assertEquals(201, first.status(), first.raw().body());
        Reply again = respond("retry-key-0001", body);
        assertEquals(200, again.status());
        assertEquals(first.json().get("id"), again.json().get("id"));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Reply>> racing = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            racing.add(pool.submit(() -> respond("race-key-0001", body)));
        }
        Set<String> ids = new HashSet<>();
        int created = 0;
        for (Future<Reply> f : racing) {
            ids.add(f.get().json().get("id").asText());
            created += f.get().status() == 201 ? 1 : 0;
        }
        pool.shutdown();
        assertEquals(1, ids.size());
        assertEquals(1, created);
    }

    @Test
    void badSubmissionsNameTheFieldAndHostileTextIsStoredAsWritten() throws Exception {
        assertEquals("Idempotency-Key", respond(null, "{\"text\": \"x\"}").json().get("field").asText());
        assertEquals("answers.q1", respond("bad-key-0001", "{\"answers\": {\"q1\": \"maybe\"}}").json()
                .get("field").asText());
        assertEquals("answers.q9", respond("bad-key-0002", "{\"text\": \"x\", \"answers\": {\"q9\": \"support\"}}")
                .json().get("field").asText());
        assertEquals("respondent_type", respond("bad-key-0003", "{\"text\": \"x\", \"respondent_type\": \"robot\"}")
                .json().get("field").asText());
        assertEquals(400, respond("bad-key-0004", "not json").status());
        assertEquals(400, respond("bad-key-0005", "{}").status());
        for (int i = 0; i < 25; i++) { // once flaky: the client saw a reset while still writing, not the 413
            Reply big = respond("big-key-0001", "{\"text\": \"" + "x".repeat(70 * 1024 + i * 4096) + "\"}");
            assertEquals(413, big.status());
            assertEquals("", big.json().get("field").asText());
        }
        String hostile = "'); DROP TABLE consultation_response; -- <script>alert(1)</script>";
        Reply stored = respond("hostile-key-1", JSON.writeValueAsString(java.util.Map.of("text", hostile,
                "area", "x' OR '1'='1")));
        assertEquals(201, stored.status(), stored.raw().body());
        List<org.nhsblueprint.model.ConsultationResponse> all = new Consultations(db).responses("polyclinics-2008",
                List.of("q1"));
        assertTrue(all.stream().anyMatch(r -> r.text().equals(hostile) && r.area().equals("x' OR '1'='1")));
    }

    /** SQL and script injection in every public input: refused naming the field, or stored exactly as written. */
    @Test
    void everyPublicInputTakesInjectionAttemptsAsData() throws Exception {
        List<String> attempts = List.of("' OR '1'='1", "'); DROP TABLE consultation_response; --",
                "<script>alert(1)</script>", "\" onmouseover=\"alert(1)", "1; SELECT pg_sleep(5)--",
                "x\u0000y");
        Consultations store = new Consultations(db);
        long before = store.count("polyclinics-2008");
        int stored = 0;
        for (String a : attempts) {
            String path = java.net.URLEncoder.encode(a, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
            // Jetty refuses an encoded NUL in a path as a bad request before any route sees it
            int notFound = a.indexOf('\u0000') >= 0 ? 400 : 404;
            Reply area = get("/api/areas/" + path + "/access");
            assertEquals(notFound, area.status(), a);
            assertEquals("district", get("/api/areas?district=" + path).json().get("field").asText(), a);
            assertEquals("service", get("/api/sites?service=" + path).json().get("field").asText(), a);
            Reply consultation = get("/api/consultations/" + path);
            assertEquals(notFound, consultation.status(), a);
            if (notFound == 404) { // routed: the answer names the input
                assertEquals("code", area.json().get("field").asText(), a);
                assertEquals("id", consultation.json().get("field").asText(), a);
            }
            Reply postcode = get("/api/postcode-districts/" + path);
            assertEquals(400, postcode.status(), a);
            if (notFound == 404) {
                assertEquals("district", postcode.json().get("field").asText(), a);
            }
            if (notFound == 404) {
                // (not with a NUL: Jetty refuses that request line and closes the connection before the body is
                // read, so a client still sending the body may see the connection reset instead of the 400)
                Reply post = send(HttpRequest.newBuilder(URI.create(base + "/api/consultations/" + path
                        + "/responses")).header("Idempotency-Key", "inject-key-0").POST(
                        HttpRequest.BodyPublishers.ofString("{\"text\": \"x\"}")));
                assertEquals(404, post.status(), a);
                assertEquals("id", post.json().get("field").asText(), a);
                // a header cannot carry a NUL
                assertEquals("Idempotency-Key", respond(a, "{\"text\": \"x\"}").json().get("field").asText(), a);
            }
            String key = "inject-key-" + stored;
            assertEquals("respondent_type", respond(key, JSON.writeValueAsString(java.util.Map.of("text", "x",
                    "respondent_type", a))).json().get("field").asText(), a);
            assertEquals("answers.q1", respond(key, JSON.writeValueAsString(java.util.Map.of("answers",
                    java.util.Map.of("q1", a)))).json().get("field").asText(), a);
            assertEquals("answers." + a, respond(key, JSON.writeValueAsString(java.util.Map.of("answers",
                    java.util.Map.of(a, "support")))).json().get("field").asText(), a);
            Reply taken = respond(key, JSON.writeValueAsString(java.util.Map.of("text", a, "area", a,
                    "age_band", a.length() > 20 ? a.substring(0, 20) : a)));
            if (a.indexOf('\u0000') >= 0) {
                assertEquals(400, taken.status(), "a NUL character is refused: " + taken.raw().body());
                assertEquals("text", taken.json().get("field").asText());
                continue;
            }
            assertEquals(201, taken.status(), taken.raw().body());
            stored++;
            String id = taken.json().get("id").asText();
            assertTrue(store.responses("polyclinics-2008", List.of("q1")).stream().anyMatch(r -> r.id().equals(id)
                    && r.text().equals(a) && r.area().equals(a)), a + " stored as written");
        }
        assertEquals(before + stored, store.count("polyclinics-2008"), "the table is still there, grown by "
                + stored);
    }

    @Test
    void plannerCallsNeedASessionAndChangesNeedTheCsrfToken() throws Exception {
        assertEquals(401, get("/api/planner/whoami").status());
        assertEquals(401, get("/api/planner/consultations/polyclinics-2008/analysis").status());
        Reply wrong = send(HttpRequest.newBuilder(URI.create(base + "/api/session"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"planner@nhs.example\", \"password\":"
                        + " \"guess guess guess\"}")));
        assertEquals(401, wrong.status());
        Reply in = send(HttpRequest.newBuilder(URI.create(base + "/api/session"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"planner@nhs.example\", \"password\":"
                        + " \"correct horse battery\"}")));
        assertEquals(200, in.status());
        String cookie = in.raw().headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie);
        String session = cookie.substring(0, cookie.indexOf(';'));
        Reply me = send(HttpRequest.newBuilder(URI.create(base + "/api/planner/whoami")).header("Cookie", session));
        assertEquals("planner@nhs.example", me.json().get("account").asText());
        String consultation = "{\"id\": \"stroke-2010\", \"title\": \"Stroke units\", \"questions\": [{\"id\":"
                + " \"q1\", \"text\": \"Support?\", \"answers\": [\"yes\", \"no\"]}]}";
        Reply noCsrf = send(HttpRequest.newBuilder(URI.create(base + "/api/planner/consultations"))
                .header("Cookie", session).POST(HttpRequest.BodyPublishers.ofString(consultation)));
        assertEquals(403, noCsrf.status());
        Reply published = send(HttpRequest.newBuilder(URI.create(base + "/api/planner/consultations"))
                .header("Cookie", session).header("X-CSRF-Token", in.json().get("csrf_token").asText())
                .POST(HttpRequest.BodyPublishers.ofString(consultation)));
        assertEquals(201, published.status(), published.raw().body());
        assertEquals("Stroke units", get("/api/consultations/stroke-2010").json().get("title").asText());
        respond("analysis-key-1", "{\"text\": \"Keep the surgery. My name is Jane Smith.\", \"answers\": {\"q1\":"
                + " \"support\"}}");
        Reply analysis = send(HttpRequest.newBuilder(URI.create(base
                + "/api/planner/consultations/polyclinics-2008/analysis")).header("Cookie", session));
        assertEquals(200, analysis.status(), analysis.raw().body());
        assertTrue(analysis.json().get("responses").asInt() >= 1);
        assertTrue(!analysis.raw().body().contains("Jane Smith"), "the analysis publishes no names");
    }

    @Test
    void aPlannerRunsAShippedScenarioAndReadsItsReport() throws Exception {
        assertEquals(401, get("/api/planner/scenarios").status());
        Reply in = send(HttpRequest.newBuilder(URI.create(base + "/api/session"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"planner@nhs.example\", \"password\":"
                        + " \"correct horse battery\"}")));
        String cookie = in.raw().headers().firstValue("Set-Cookie").orElseThrow();
        String session = cookie.substring(0, cookie.indexOf(';'));
        String csrf = in.json().get("csrf_token").asText();
        String bad = "name: Close a site that is not there\ndataset: london\nmodifications:\n  - close: NOSUCH\n"
                + "  - offer: {service: stroke_care, where: ae}\n";
        Reply refused = send(HttpRequest.newBuilder(URI.create(base + "/api/planner/scenarios"))
                .header("Cookie", session).header("X-CSRF-Token", csrf).POST(HttpRequest.BodyPublishers.ofString(bad)));
        assertEquals(400, refused.status(), refused.raw().body());
        assertTrue(refused.json().get("problems").size() >= 1, refused.raw().body());
        String good = "name: Close UCLH stroke unit\ndescription: A test.\ndataset: london\nmodifications:\n"
                + "  - close: {site: RRV03, service: hasu}\n";
        Reply checkedOnly = send(HttpRequest.newBuilder(URI.create(base + "/api/planner/scenarios?validate=true"))
                .header("Cookie", session).header("X-CSRF-Token", csrf)
                .POST(HttpRequest.BodyPublishers.ofString(good)));
        assertEquals(200, checkedOnly.status(), checkedOnly.raw().body());
        Reply scenarios = send(HttpRequest.newBuilder(URI.create(base + "/api/planner/scenarios"))
                .header("Cookie", session));
        assertEquals(6, scenarios.json().size(), scenarios.raw().body());
        Reply uploaded = send(HttpRequest.newBuilder(URI.create(base + "/api/planner/scenarios"))
                .header("Cookie", session).header("X-CSRF-Token", csrf)
                .POST(HttpRequest.BodyPublishers.ofString(good)));
        assertEquals(201, uploaded.status(), uploaded.raw().body());
        assertEquals(7, send(HttpRequest.newBuilder(URI.create(base + "/api/planner/scenarios"))
                .header("Cookie", session)).json().size(), "the uploaded scenario can be run");
        Reply missing = send(HttpRequest.newBuilder(URI.create(base + "/api/planner/runs")).header("Cookie", session)
                .header("X-CSRF-Token", csrf).POST(HttpRequest.BodyPublishers.ofString("{\"scenario\": \"nope\"}")));
        assertEquals(404, missing.status());
        Reply started = send(HttpRequest.newBuilder(URI.create(base + "/api/planner/runs")).header("Cookie", session)
                .header("X-CSRF-Token", csrf).POST(HttpRequest.BodyPublishers.ofString(
                        "{\"scenario\": \"london-stroke-2010\"}")));
        assertEquals(202, started.status(), started.raw().body());
        String id = started.json().get("id").asText();
        JsonNode run = started.json();
        for (int i = 0; i < 600 && !run.get("status").asText().matches("done|failed"); i++) {
            Thread.sleep(100);
            run = send(HttpRequest.newBuilder(URI.create(base + "/api/planner/runs/" + id)).header("Cookie", session))
                    .json();
        }
        assertEquals("done", run.get("status").asText(), run.toString());
        assertEquals(6, run.get("services").size());
        Reply report = send(HttpRequest.newBuilder(URI.create(base + run.get("report").asText()))
                .header("Cookie", session));
        assertEquals(200, report.status());
        assertTrue(report.raw().body().contains("<html"), "an HTML report");
        assertEquals(401, get(run.get("report").asText()).status(), "reports are for planners");
        assertEquals(404, send(HttpRequest.newBuilder(URI.create(base + "/api/planner/runs/" + id
                + "/report/..%2F..%2Fblueprint.mv.db")).header("Cookie", session)).status());
        Reply comparing = send(HttpRequest.newBuilder(URI.create(base + "/api/planner/comparisons"))
                .header("Cookie", session).header("X-CSRF-Token", csrf).POST(HttpRequest.BodyPublishers.ofString(
                        "{\"scenarios\": [\"london-polyclinics-hub\", \"london-polyclinics-network\"]}")));
        assertEquals(202, comparing.status(), comparing.raw().body());
        JsonNode comparison = comparing.json();
        for (int i = 0; i < 900 && !comparison.get("status").asText().matches("done|failed"); i++) {
            Thread.sleep(100);
            comparison = send(HttpRequest.newBuilder(URI.create(base + "/api/planner/runs/"
                    + comparing.json().get("id").asText())).header("Cookie", session)).json();
        }
        assertEquals("done", comparison.get("status").asText(), comparison.toString());
        assertEquals(12, comparison.get("services").size(), "six services for each of the two options");
        assertEquals(200, send(HttpRequest.newBuilder(URI.create(base + comparison.get("report").asText()))
                .header("Cookie", session)).status());
    }

    @Test
    void guessingPasswordsIsSlowedToTheSignInLimit() throws Exception {
        // a server of its own with the default limit, so the other tests' sign-ins are not counted
        try (WebServer limited = new WebServer(data, db, new Accounts(db, 4, Duration.ofHours(1)), JSON,
                WebServer.Settings.defaults(), new WebServer.Workspace(analysis, Path.of("../scenarios"),
                dir.resolve(kind() + "-limited")))) {
            String limitedBase = "http://127.0.0.1:" + limited.start("127.0.0.1", 0);
            int limit = WebServer.Settings.defaults().signInsPerMinute();
            int refused = 0;
            for (int i = 0; i < limit + 5; i++) {
                Reply r = send(HttpRequest.newBuilder(URI.create(limitedBase + "/api/session"))
                        .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"planner@nhs.example\","
                                + " \"password\": \"guess number " + i + "\"}")));
                assertTrue(r.status() == 401 || r.status() == 429, r.raw().body());
                refused += r.status() == 429 ? 1 : 0;
            }
            assertEquals(5, refused, "the first " + limit + " attempts are answered, the rest refused");
        }
    }
}
