package org.nhsblueprint.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.nhsblueprint.model.PostcodeDistricts;
import org.nhsblueprint.model.RegionModel;
import org.nhsblueprint.model.SiteFacts;
import org.nhsblueprint.store.Accounts;
import org.nhsblueprint.store.Consultations;
import org.nhsblueprint.store.Database;

/**
 * Blueprint's web server (Javalin on Jetty): the public API, read-only except the consultation response form, and
 * the planners' API behind a session. Every error is a status and a JSON body naming the field at fault; bodies over
 * the size limit get 413 before they are read, and response submissions are rate-limited per client. Built by the
 * command line's wiring; one instance per server.
 */
public final class WebServer implements AutoCloseable {
    /** The session cookie: HttpOnly, SameSite=Strict. */
    static final String SESSION_COOKIE = "bp_session";
    private static final ObjectMapper ERRORS = new ObjectMapper();

    /**
     * Limits and switches.
     *
     * @param maxBodyBytes          largest request body accepted
     * @param responsesPerMinute    response submissions a client may make a minute (a burst of as many)
     * @param secureCookies         mark the session cookie Secure (behind HTTPS)
     * @param signInsPerMinute      sign-in attempts a client may make a minute: enough for people, too few to guess
     */
    public record Settings(long maxBodyBytes, int responsesPerMinute, boolean secureCookies, int signInsPerMinute) {
        public static Settings defaults() {
            return new Settings(64 * 1024, 30, false, 10);
        }
    }

    /**
     * The planners' scenario workspace: the analysis runs use, the folder of shipped scenarios and where run reports
     * are written.
     */
    public record Workspace(org.nhsblueprint.access.AccessAnalysis analysis, java.nio.file.Path scenarios,
                            java.nio.file.Path runs, RunInputs inputs) {
        /** A workspace whose runs have no demand rates or simulation inputs (no volumes, no Monte Carlo). */
        public Workspace(org.nhsblueprint.access.AccessAnalysis analysis, java.nio.file.Path scenarios,
                         java.nio.file.Path runs) {
            this(analysis, scenarios, runs, RunInputs.NONE);
        }
    }

    /**
     * The served dataset's inputs that scenario runs use beyond access, as {@code blueprint appraise} uses them:
     * demand rates and minimum volumes for site volumes, and the simulation inputs for a scenario's Monte Carlo. Any
     * may be null when the dataset has none.
     */
    public record RunInputs(org.nhsblueprint.demand.DemandRates rates, org.nhsblueprint.demand.MinimumVolumes minimums,
                            org.nhsblueprint.dataset.SimulationFiles.Read simulation) {
        public static final RunInputs NONE = new RunInputs(null, null, null);
    }

    /**
     * What the server shows: the region, the published figures about its sites, where its postcode districts lie,
     * every area's access to every service, and the published proposals.
     */
    public record Data(RegionModel region, SiteFacts facts, PostcodeDistricts postcodes, AreaAccessIndex access,
                       java.util.List<Proposal> proposals) {
        public Data {
            proposals = java.util.List.copyOf(proposals);
        }
    }

    /** What the routes use. */
    record Parts(RegionModel region, SiteFacts facts, PostcodeDistricts postcodes, AreaAccessIndex access,
                 Database database, Consultations consultations, Accounts accounts, ObjectMapper json,
                 Settings settings, RateLimiter limiter, ScenarioRuns runs, java.util.List<Proposal> proposals) {
    }

    private final Javalin app;
    private final Parts parts;

    /** @throws IOException if the workspace's records of earlier runs cannot be listed */
    public WebServer(Data data, Database database, Accounts accounts, ObjectMapper json, Settings settings,
                     Workspace workspace) throws IOException {
        this.parts = new Parts(data.region(), data.facts(), data.postcodes(), data.access(), database,
                new Consultations(database), accounts, json, settings,
                new RateLimiter(settings.responsesPerMinute(), System::nanoTime),
                new ScenarioRuns(data.region(), workspace),
                data.proposals());
        PublicApi publicApi = new PublicApi(parts);
        PlannerApi plannerApi = new PlannerApi(parts);
        String openApi = resource("/openapi.json");
        this.app = Javalin.create(config -> {
            config.http.maxRequestSize = settings.maxBodyBytes();
            config.startup.showJavalinBanner = false;
            config.http.compressionStrategy = io.javalin.compression.CompressionStrategy.NONE; // small JSON answers
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/public";
                files.location = io.javalin.http.staticfiles.Location.CLASSPATH;
            });
            config.routes.before(ctx -> {
                ctx.header("X-Content-Type-Options", "nosniff");
                ctx.header("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self';"
                        + " font-src 'self' https://assets.nhs.uk; script-src 'self'; connect-src 'self';"
                        + " frame-ancestors 'none'; form-action 'self'");
                ctx.header("Referrer-Policy", "no-referrer");
                String length = ctx.header("Content-Length");
                if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > settings.maxBodyBytes()) {
                    drainModestOverflow(ctx, Long.parseLong(length), settings.maxBodyBytes());
                    throw new ApiError(413, "", "the request body is over " + settings.maxBodyBytes() + " bytes");
                }
            });
            config.routes.get("/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
            // the pages, held in memory: the area page is the public's busiest address
            for (String page : new String[] {"index.html", "area.html", "planner.html"}) {
                byte[] html = resource("/pages/" + page).getBytes(StandardCharsets.UTF_8);
                io.javalin.http.Handler serve = ctx -> ctx.contentType("text/html; charset=utf-8").result(html);
                config.routes.get("/" + page, serve);
                if (page.equals("index.html")) {
                    config.routes.get("/", serve);
                }
            }
            publicApi.routes(config.routes);
            plannerApi.routes(config.routes);
            config.routes.exception(ApiError.class, (e, ctx) -> error(ctx, e.status(), e.field(), e.getMessage()));
            config.routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), "",
                    e.getStatus() == 413 ? "the request body is too large" : e.getMessage()));
            config.routes.exception(Exception.class, (e, ctx) -> error(ctx, 500, "",
                    "the server could not answer: " + e.getClass().getSimpleName()));
            config.routes.error(404, ctx -> {
                if (ctx.result() == null || ctx.result().isEmpty() || !ctx.res().getContentType().contains("json")) {
                    error(ctx, 404, "", "no such address: " + ctx.path());
                }
            });
            config.routes.error(405, ctx -> error(ctx, 405, "", ctx.method() + " is not allowed on " + ctx.path()));
        });
    }

    /**
     * Reads and discards a body up to 16 times the limit before the 413 is sent. A client still writing its body
     * when the server answers and closes would otherwise see the connection reset instead of the 413; anything larger
     * is not read at all (the connection is closed), so the limit still bounds the work a client can cause.
     */
    private static void drainModestOverflow(Context ctx, long length, long limit) {
        if (length > 16 * limit) {
            return;
        }
        byte[] discard = new byte[8192];
        try (InputStream in = ctx.req().getInputStream()) {
            while (in.read(discard) >= 0) {
                // discarded
            }
        } catch (IOException e) {
            // the client went away; the 413 is still the answer
        }
    }

    /** Starts listening ({@code 0}: any free port) and returns the port. */
    public int start(String host, int port) {
        app.start(host, port);
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
        parts.runs().close();
    }

    static void error(Context ctx, int status, String field, String message) {
        ObjectNode body = ERRORS.createObjectNode();
        body.put("status", status);
        body.put("error", message);
        body.put("field", field);
        ctx.status(status).contentType("application/json").result(body.toString());
    }

    /** The request body as JSON; a 400 naming the problem otherwise. */
    static JsonNode body(Context ctx, ObjectMapper json) {
        String text = ctx.body();
        try {
            JsonNode node = json.readTree(text);
            if (node == null || !node.isObject()) {
                throw new ApiError(400, "", "the body must be a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new ApiError(400, "", "the body is not valid JSON: " + e.getOriginalMessage());
        }
    }

    /**
     * A text field of a JSON body: blank when absent or null; 400 when not text, longer than {@code max} or holding a
     * NUL character.
     */
    static String text(JsonNode body, String field, int max) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            return "";
        }
        if (!v.isTextual()) {
            throw new ApiError(400, field, field + " must be text");
        }
        if (v.asText().length() > max) {
            throw new ApiError(400, field, field + " is longer than " + max + " characters");
        }
        if (v.asText().indexOf('\u0000') >= 0) {
            // PostgreSQL cannot store it in text, H2 can: refused on both, so both databases hold the same
            throw new ApiError(400, field, field + " contains a NUL character");
        }
        return v.asText();
    }

    static void json(Context ctx, ObjectMapper json, Object value) throws JsonProcessingException {
        ctx.contentType("application/json").result(json.writeValueAsString(value));
    }

    static Optional<Accounts.Session> session(Context ctx, Accounts accounts) {
        return accounts.session(ctx.cookie(SESSION_COOKIE));
    }

    private static String resource(String name) {
        try (InputStream in = WebServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
