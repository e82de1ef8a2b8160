package org.nhsblueprint.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.nhsblueprint.store.Accounts;

/**
 * The planners' API: signing in and out (a session cookie and a CSRF token), scenarios (read, add or edit, run,
 * compare, with their runs and reports), accounts (for admins), and, through {@link PlannerConsultations}, the
 * consultations. Everything under {@code /api/planner/} answers 401 without a live session, and a request that
 * changes anything must carry the session's CSRF token in {@code X-CSRF-Token} (403 otherwise).
 */
final class PlannerApi {
    private final WebServer.Parts p;
    private final RateLimiter signIns;
    private final PlannerConsultations consultations;

    PlannerApi(WebServer.Parts parts) {
        this.p = parts;
        this.signIns = new RateLimiter(parts.settings().signInsPerMinute(), System::nanoTime);
        this.consultations = new PlannerConsultations(parts);
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
        r.get("/api/planner/scenarios", ctx -> WebServer.json(ctx, p.json(), p.runs().available()));
        r.post("/api/planner/scenarios", this::upload);
        r.post("/api/planner/runs", this::run);
        r.post("/api/planner/comparisons", this::compare);
        r.get("/api/planner/runs/{id}", ctx -> WebServer.json(ctx, p.json(), runJson(p, run(ctx.pathParam("id")))));
        r.get("/api/planner/runs/{id}/report/{file}", this::reportFile);
        r.get("/api/planner/runs", ctx -> WebServer.json(ctx, p.json(), p.runs().recent().stream()
                .map(run -> runJson(p, run)).toList()));
        r.get("/api/planner/scenarios/{id}", this::scenario);
        r.get("/api/planner/accounts", this::accounts);
        r.post("/api/planner/accounts", this::saveAccount);
        consultations.routes(r);
    }

    /** The accounts store, for an admin only: 403 for a planner. */
    private Accounts admin(Context ctx) {
        Accounts.Session s = (Accounts.Session) ctx.attribute("session");
        if (s.role() != Accounts.Role.admin) {
            throw new ApiError(403, "role", "only an admin may manage accounts");
        }
        return p.accounts();
    }

    private void accounts(Context ctx) throws Exception {
        com.fasterxml.jackson.databind.node.ArrayNode out = p.json().createArrayNode();
        for (Accounts.Account a : admin(ctx).all()) {
            out.addObject().put("name", a.name()).put("role", a.role().name()).put("created", a.created().toString());
        }
        WebServer.json(ctx, p.json(), out);
    }

    /** An admin creates an account, or sets an account's password and role. */
    private void saveAccount(Context ctx) throws Exception {
        Accounts accounts = admin(ctx);
        JsonNode body = WebServer.body(ctx, p.json());
        String name = WebServer.text(body, "name", 100);
        String password = WebServer.text(body, "password", 200);
        String role = WebServer.text(body, "role", 20);
        Accounts.Role r;
        try {
            r = role.isEmpty() ? Accounts.Role.planner : Accounts.Role.valueOf(role);
        } catch (IllegalArgumentException e) {
            throw new ApiError(400, "role", "role must be planner or admin");
        }
        if (!name.matches(Accounts.NAME)) {
            throw new ApiError(400, "name", "an account name is 1 to 100 letters, digits, '.', '_', '@' or '-'");
        }
        if (password.length() < Accounts.MIN_PASSWORD) {
            throw new ApiError(400, "password", "a password needs at least " + Accounts.MIN_PASSWORD + " characters");
        }
        boolean created;
        try {
            created = accounts.save(name, password.toCharArray(), r);
        } catch (Accounts.LastAdmin e) {
            throw new ApiError(409, "role", e.getMessage());
        }
        ObjectNode n = p.json().createObjectNode();
        n.put("name", name);
        n.put("role", r.name());
        n.put("created", created);
        ctx.status(created ? 201 : 200);
        WebServer.json(ctx, p.json(), n);
    }

    /** A scenario's YAML, to edit: saving an edit of a shipped scenario adds a copy; of an added one replaces it. */
    private void scenario(Context ctx) throws Exception {
        String id = ctx.pathParam("id");
        String yaml = p.runs().yaml(id);
        ObjectNode n = p.json().createObjectNode();
        n.put("id", id);
        n.put("uploaded", p.runs().uploaded(id));
        n.put("yaml", yaml);
        WebServer.json(ctx, p.json(), n);
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
            n.put("replaced", checked.replaced() && !validateOnly);
            ctx.status(validateOnly ? 200 : 201);
        }
        WebServer.json(ctx, p.json(), n);
    }

    private ScenarioRuns.Run run(String id) {
        return p.runs().find(id).orElseThrow(() -> new ApiError(404, "id", "no run " + id));
    }

    private void run(Context ctx) throws Exception {
        String scenario = WebServer.text(WebServer.body(ctx, p.json()), "scenario", 100);
        if (scenario.isBlank()) {
            throw new ApiError(400, "scenario", "send the id of the scenario to run in scenario");
        }
        ScenarioRuns.Run run = p.runs().start(scenario);
        ctx.status(202);
        WebServer.json(ctx, p.json(), runJson(p, run));
    }

    private void compare(Context ctx) throws Exception {
        List<String> scenarios = new ArrayList<>();
        JsonNode list = WebServer.body(ctx, p.json()).path("scenarios");
        if (!list.isArray()) {
            throw new ApiError(400, "scenarios", "scenarios must be a list of scenario ids");
        }
        for (JsonNode s : list) {
            if (!s.isTextual()) {
                throw new ApiError(400, "scenarios", "scenarios must be a list of scenario ids (text)");
            }
            scenarios.add(s.asText());
        }
        ScenarioRuns.Run run = p.runs().compare(scenarios);
        ctx.status(202);
        WebServer.json(ctx, p.json(), runJson(p, run));
    }

    /** A run as the API shows it, with the address of its report once there is one. */
    static ObjectNode runJson(WebServer.Parts p, ScenarioRuns.Run run) {
        return RunStore.json(p.json(), run, run.report() == null ? null : "/api/planner/runs/" + run.id()
                + "/report/" + run.report().getFileName());
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
}
