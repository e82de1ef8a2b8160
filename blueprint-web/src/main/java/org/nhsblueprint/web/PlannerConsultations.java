package org.nhsblueprint.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nhsblueprint.consultation.ConsultationAnalysis;
import org.nhsblueprint.consultation.Respondents;
import org.nhsblueprint.model.ConsultationResponse;
import org.nhsblueprint.report.ConsultationJson;
import org.nhsblueprint.report.ConsultationReportWriter;
import org.nhsblueprint.store.Consultations;

/**
 * The consultation team's side of the planners' API: publishing a consultation, analysing its responses so far
 * (the JSON {@code blueprint consult analyse --json} prints) and writing the full consultation report in the
 * background, read like a scenario run's report. Personal data is removed before any of them sees the text.
 */
final class PlannerConsultations {
    /** Support is counted at a majority; campaigns at a Jaccard similarity of 0.5, as the CLI's default. */
    private static final double THRESHOLD = 0.5;
    private static final long SEED = 2008;

    private final WebServer.Parts p;
    private final Respondents respondents;

    PlannerConsultations(WebServer.Parts parts) {
        this.p = parts;
        this.respondents = new Respondents(parts.region());
    }

    void routes(RoutesConfig r) {
        r.post("/api/planner/consultations", this::publish);
        r.get("/api/planner/consultations/{id}/analysis", this::analyse);
        r.post("/api/planner/consultations/{id}/reports", this::report);
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

    private Consultations.Consultation consultation(String id) {
        return p.consultations().find(id).orElseThrow(() -> new ApiError(404, "id", "no consultation " + id));
    }

    /** The responses stored so far, analysed with the CLI's defaults (themes found when there are 50 or more). */
    private ConsultationAnalysis.Result analysis(Consultations.Consultation c) {
        List<ConsultationResponse> responses = p.consultations().responses(c.id(),
                c.questions().stream().map(Consultations.Question::id).toList());
        return ConsultationAnalysis.run(responses, Optional.empty(), respondents, new ConsultationAnalysis.Options(
                THRESHOLD, clusters(responses.size()), SEED, false, 0.95, Map.of()));
    }

    private static int clusters(int responses) {
        return responses >= 50 ? 8 : 0;
    }

    private void analyse(Context ctx) throws Exception {
        Consultations.Consultation c = consultation(ctx.pathParam("id"));
        WebServer.json(ctx, p.json(), new ConsultationJson(p.json()).json(analysis(c), "consultation " + c.id(),
                THRESHOLD));
    }

    /** Queues the full report (the page {@code consult analyse} writes) of the responses stored when it runs. */
    private void report(Context ctx) throws Exception {
        Consultations.Consultation c = consultation(ctx.pathParam("id"));
        ScenarioRuns.Run run = p.runs().background("consultation " + c.id(), (step, dir) -> {
            step.accept("reading and analysing the responses");
            ConsultationAnalysis.Result result = analysis(c);
            step.accept("writing the report");
            Map<String, String> wording = new java.util.LinkedHashMap<>();
            c.questions().forEach(q -> wording.put(q.id(), q.text()));
            Path page = new ConsultationReportWriter().write(result, new ConsultationReportWriter.Info(
                    c.title(), "consultation " + c.id() + " as stored by this server, read "
                    + java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
                    "", "residents by LSOA (ONS Census 2021: population and aged 65+), IMD 2019 deciles and"
                    + " boroughs, from the served dataset " + p.region().name(), THRESHOLD,
                    clusters(result.responses()), SEED, "", 0.95, wording), dir);
            Map<String, Object> line = new java.util.LinkedHashMap<>();
            line.put("responses", result.responses());
            line.put("campaigns", result.campaigns().size());
            return new ScenarioRuns.Outcome(List.of(line), page);
        });
        ctx.status(202);
        WebServer.json(ctx, p.json(), PlannerApi.runJson(p, run));
    }
}
