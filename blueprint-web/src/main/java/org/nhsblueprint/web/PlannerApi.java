package org.nhsblueprint.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nhsblueprint.consultation.ConsultationAnalysis;
import org.nhsblueprint.consultation.Respondents;
import org.nhsblueprint.model.ConsultationResponse;
import org.nhsblueprint.report.ConsultationJson;
import org.nhsblueprint.store.Accounts;
import org.nhsblueprint.store.Consultations;

/**
 * The planners' API: signing in and out (a session cookie and a CSRF token), publishing consultations and analysing
 * their responses. Everything under {@code /api/planner/} answers 401 without a live session, and a request that
 * changes anything must carry the session's CSRF token in {@code X-CSRF-Token} (403 otherwise).
 */
final class PlannerApi {
    private final WebServer.Parts p;
    private final Respondents respondents;
    private final RateLimiter signIns;

    PlannerApi(WebServer.Parts parts) {
        this.p = parts;
        this.signIns = new RateLimiter(parts.settings().signInsPerMinute(), System::nanoTime);
        this.respondents = new Respondents(parts.region());
    }

    void routes(RoutesConfig r) {
        r.post("/api/session", this::signIn);
        r.delete("/api/session", this::signOut);
        r.before("/api/planner/*", this::guard);
        r.get("/api/planner/whoami", ctx -> {
            Accounts.Session s = (Accounts.Session) ctx.attribute("session");
            ObjectNode n = p.json().createObjectNode();
            n.put("account", s.account());
            n.put("role", s.role().name());
            WebServer.json(ctx, p.json(), n);
        });
        r.post("/api/planner/consultations", this::publish);
        r.get("/api/planner/scenarios", ctx -> WebServer.json(ctx, p.json(), p.runs().available()));
        r.post("/api/planner/scenarios", this::upload);
        r.post("/api/planner/runs", this::run);
        r.post("/api/planner/comparisons", this::compare);
        r.get("/api/planner/runs/{id}", ctx -> WebServer.json(ctx, p.json(), runJson(run(ctx.pathParam("id")))));
        r.get("/api/planner/runs/{id}/report/{file}", this::reportFile);
        r.get("/api/planner/consultations/{id}/analysis", this::analyse);
    }

    private void guard(Context ctx) {
        Accounts.Session s = WebServer.session(ctx, p.accounts())
                .orElseThrow(() -> new ApiError(401, "", "sign in first (POST /api/session)"));
        if (!ctx.method().name().equals("GET") && !s.csrfToken().equals(ctx.header("X-CSRF-Token"))) {
            throw new ApiError(403, "X-CSRF-Token", "send the session's CSRF token in X-CSRF-Token");
        }
        ctx.attribute("session", s);
    }

    private void signIn(Context ctx) throws Exception {
        if (!signIns.allow(ctx.ip())) {
            ctx.header("Retry-After", "60");
            throw new ApiError(429, "", "too many sign-in attempts from this address; try again in a minute");
        }
        JsonNode body = WebServer.body(ctx, p.json());
        String name = WebServer.text(body, "name", 100);
        String password = WebServer.text(body, "password", 200);
        Optional<Accounts.Session> s = p.accounts().signIn(name, password.toCharArray());
        if (s.isEmpty()) {
            throw new ApiError(401, "password", "the name or the password is wrong");
        }
        Cookie cookie = new Cookie(WebServer.SESSION_COOKIE, s.get().token());
        cookie.setHttpOnly(true);
        cookie.setSameSite(SameSite.STRICT);
        cookie.setPath("/");
        cookie.setSecure(p.settings().secureCookies());
        ctx.cookie(cookie);
        ObjectNode n = p.json().createObjectNode();
        n.put("account", s.get().account());
        n.put("role", s.get().role().name());
        n.put("csrf_token", s.get().csrfToken());
        n.put("expires", s.get().expires().toString());
        WebServer.json(ctx, p.json(), n);
    }

    private void signOut(Context ctx) {
        Optional<Accounts.Session> s = WebServer.session(ctx, p.accounts());
        if (s.isPresent()) {
            if (!s.get().csrfToken().equals(ctx.header("X-CSRF-Token"))) {
                throw new ApiError(403, "X-CSRF-Token", "send the session's CSRF token in X-CSRF-Token");
            }
            p.accounts().signOut(s.get().token());
        }
        ctx.removeCookie(WebServer.SESSION_COOKIE, "/");
        ctx.status(204);
    }

    private void publish(Context ctx) throws Exception {
        JsonNode body = WebServer.body(ctx, p.json());
        String id = WebServer.text(body, "id", 64);
        if (!id.matches("[a-z0-9-]{3,64}")) {
            throw new ApiError(400, "id", "id must be 3 to 64 lower-case letters, digits or '-'");
        }
        String title = WebServer.text(body, "title", 300);
        if (title.isBlank()) {
            throw new ApiError(400, "title", "a consultation needs a title");
        }
        List<Consultations.Question> questions = new ArrayList<>();
        for (JsonNode q : body.path("questions")) {
            String qid = WebServer.text(q, "id", 40);
            List<String> answers = new ArrayList<>();
            q.path("answers").forEach(a -> answers.add(a.asText()));
            if (!qid.matches("[a-z0-9_]{1,40}") || answers.isEmpty()) {
                throw new ApiError(400, "questions", "each question needs an id (a-z, 0-9, _) and a list of answers");
            }
            questions.add(new Consultations.Question(qid, WebServer.text(q, "text", 1000), answers));
        }
        Consultations.Consultation c = new Consultations.Consultation(id, title,
                WebServer.text(body, "description", 4000), questions, !body.path("open").isBoolean()
                || body.path("open").asBoolean());
        p.consultations().save(c);
        ctx.status(201);
        WebServer.json(ctx, p.json(), c);
    }

    /**
     * A scenario uploaded as YAML: checked like {@code blueprint appraise} checks one; 201 and stored when clean
     * ({@code ?validate=true}: 200 and not stored), 400 with every problem and its line otherwise.
     */
    private void upload(Context ctx) throws Exception {
        boolean validateOnly = "true".equals(ctx.queryParam("validate"));
        ScenarioRuns.Checked checked = p.runs().upload(ctx.body(), !validateOnly);
        ObjectNode n = p.json().createObjectNode();
        if (!checked.problems().isEmpty()) {
            n.put("status", 400);
            n.put("error", "the scenario has " + checked.problems().size() + " problem"
                    + (checked.problems().size() == 1 ? "" : "s"));
            n.put("field", String.valueOf(checked.problems().get(0).get("field")));
            n.set("problems", p.json().valueToTree(checked.problems()));
            ctx.status(400);
        } else {
            n.put("id", checked.id());
            n.put("name", checked.name());
            n.put("modifications", checked.modifications());
            n.put("stored", !validateOnly);
            ctx.status(validateOnly ? 200 : 201);
        }
        WebServer.json(ctx, p.json(), n);
    }

    private ScenarioRuns.Run run(String id) {
        return p.runs().find(id).orElseThrow(() -> new ApiError(404, "id", "no run " + id));
    }

    private void run(Context ctx) throws Exception {
        String scenario = WebServer.text(WebServer.body(ctx, p.json()), "scenario", 100);
        ScenarioRuns.Run run = p.runs().start(scenario);
        ctx.status(202);
        WebServer.json(ctx, p.json(), runJson(run));
    }

    private void compare(Context ctx) throws Exception {
        List<String> scenarios = new ArrayList<>();
        JsonNode list = WebServer.body(ctx, p.json()).path("scenarios");
        if (!list.isArray()) {
            throw new ApiError(400, "scenarios", "scenarios must be a list of scenario ids");
        }
        list.forEach(s -> scenarios.add(s.asText()));
        ScenarioRuns.Run run = p.runs().compare(scenarios);
        ctx.status(202);
        WebServer.json(ctx, p.json(), runJson(run));
    }

    private ObjectNode runJson(ScenarioRuns.Run run) {
        ObjectNode n = p.json().createObjectNode();
        n.put("id", run.id());
        n.put("scenario", run.scenario());
        n.put("status", run.status().name());
        n.put("step", run.step());
        n.put("started", run.started().toString());
        n.put("finished", run.finished() == null ? null : run.finished().toString());
        n.put("error", run.error());
        n.set("services", p.json().valueToTree(run.services()));
        n.put("report", run.report() == null ? null : "/api/planner/runs/" + run.id() + "/report/"
                + run.report().getFileName());
        return n;
    }

    /** A file of a finished run's report folder; only plain names, so nothing outside the folder is reachable. */
    private void reportFile(Context ctx) throws Exception {
        ScenarioRuns.Run run = run(ctx.pathParam("id"));
        String file = ctx.pathParam("file");
        if (run.report() == null || !file.matches("[A-Za-z0-9_-][A-Za-z0-9._-]{0,100}")) {
            throw new ApiError(404, "file", "no such report file");
        }
        java.nio.file.Path path = run.report().getParent().resolve(file);
        if (!java.nio.file.Files.isRegularFile(path)) {
            throw new ApiError(404, "file", "no such report file");
        }
        String type = file.endsWith(".html") ? "text/html; charset=utf-8" : file.endsWith(".json")
                ? "application/json" : file.endsWith(".csv") ? "text/csv; charset=utf-8" : "application/octet-stream";
        // the report is one self-contained page: inline styles and SVG, no scripts
        ctx.header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src data:;"
                + " frame-ancestors 'none'");
        ctx.contentType(type).result(java.nio.file.Files.readAllBytes(path));
    }

    private void analyse(Context ctx) throws Exception {
        String id = ctx.pathParam("id");
        Consultations.Consultation c = p.consultations().find(id)
                .orElseThrow(() -> new ApiError(404, "id", "no consultation " + id));
        List<ConsultationResponse> responses = p.consultations().responses(id,
                c.questions().stream().map(Consultations.Question::id).toList());
        ConsultationAnalysis.Result result = ConsultationAnalysis.run(responses, Optional.empty(), respondents,
                new ConsultationAnalysis.Options(0.5, responses.size() >= 50 ? 8 : 0, 2008, false, 0.95, Map.of()));
        WebServer.json(ctx, p.json(), new ConsultationJson(p.json()).json(result, "consultation " + id, 0.5));
    }
}
