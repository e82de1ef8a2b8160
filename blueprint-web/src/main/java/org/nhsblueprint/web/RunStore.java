package org.nhsblueprint.web;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Keeps each run's record as {@code run.json} in its own folder beside its report, so that runs and their reports
 * outlive the server. A record is replaced whole (written to a temporary file, then moved), so a reader never sees
 * half of one. A run that was queued or running when the server stopped comes back as failed, saying so.
 */
final class RunStore {
    static final String FILE = "run.json";
    static final String INTERRUPTED = "the server stopped before this run finished; start it again";

    private final Path out;
    private final ObjectMapper json = new ObjectMapper();

    RunStore(Path out) {
        this.out = out;
    }

    /**
     * A run as JSON, the same for its record and for the API: only where its report is differs.
     *
     * @param report the report's file name (the record) or address (the API), or null when there is none yet
     */
    static ObjectNode json(ObjectMapper mapper, ScenarioRuns.Run run, String report) {
        ObjectNode n = mapper.createObjectNode();
        n.put("id", run.id());
        n.put("scenario", run.scenario());
        n.put("status", run.status().name());
        n.put("step", run.step());
        n.put("started", run.started().toString());
        n.put("finished", run.finished() == null ? null : run.finished().toString());
        n.put("error", run.error());
        n.set("services", mapper.valueToTree(run.services()));
        n.put("report", report);
        return n;
    }

    void save(ScenarioRuns.Run run) {
        ObjectNode n = json(json, run, run.report() == null ? null : run.report().getFileName().toString());
        try {
            Path dir = out.resolve(run.id());
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "run-", ".json.tmp");
            Files.write(tmp, json.writerWithDefaultPrettyPrinter().writeValueAsBytes(n));
            Files.move(tmp, dir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // the run still answers from memory; only its survival across a restart is lost
            System.err.println("blueprint serve: could not record run " + run.id() + ": " + e.getMessage());
        }
    }

    /** Every recorded run, oldest first; unreadable records are skipped and named on stderr. */
    List<ScenarioRuns.Run> load() throws IOException {
        List<ScenarioRuns.Run> runs = new ArrayList<>();
        if (!Files.isDirectory(out)) {
            return runs;
        }
        List<Path> files;
        try (Stream<Path> dirs = Files.list(out)) {
            files = dirs.map(d -> d.resolve(FILE)).filter(Files::isRegularFile).toList();
        }
        for (Path f : files) {
            try {
                runs.add(read(json.readTree(f.toFile()), f.getParent()));
            } catch (IOException | RuntimeException e) {
                System.err.println("blueprint serve: skipped run record " + f + ": " + e.getMessage());
            }
        }
        runs.sort(java.util.Comparator.comparing(ScenarioRuns.Run::started).thenComparing(ScenarioRuns.Run::id));
        return runs;
    }

    private ScenarioRuns.Run read(JsonNode n, Path dir) {
        ScenarioRuns.Status status = ScenarioRuns.Status.valueOf(n.get("status").asText());
        boolean interrupted = status == ScenarioRuns.Status.queued || status == ScenarioRuns.Status.running;
        String finished = n.path("finished").asText(null);
        String report = n.path("report").asText(null);
        if (report != null && !report.matches("[A-Za-z0-9_-][A-Za-z0-9._-]{0,100}")) {
            throw new IllegalArgumentException("its report is not a file name in its folder: " + report);
        }
        if (!dir.getFileName().toString().equals(n.get("id").asText())) {
            throw new IllegalArgumentException("its id is not its folder's name");
        }
        List<Map<String, Object>> services = json.convertValue(n.path("services"), new TypeReference<>() {
        });
        return new ScenarioRuns.Run(n.get("id").asText(), n.get("scenario").asText(),
                interrupted ? ScenarioRuns.Status.failed : status, interrupted ? "failed" : n.path("step").asText(),
                Instant.parse(n.get("started").asText()), finished == null ? null : Instant.parse(finished),
                interrupted ? INTERRUPTED : n.path("error").asText(""), services == null ? List.of() : services,
                report == null ? null : dir.resolve(report));
    }
}
