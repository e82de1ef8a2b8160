package org.nhsblueprint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nhsblueprint.store.Database;

/**
 * The kill test: 10,000 consultation responses from 16 concurrent clients to the packaged server, which is killed
 * (SIGKILL) part-way and started again on the same embedded database. Clients retry what was not acknowledged, with
 * the same idempotency key. Afterwards every acknowledged response is stored, and none twice.
 */
class ServeKillIT {
    private static final int RESPONSES = 10_000;
    private static final int CLIENTS = 16;

    @TempDir
    Path data;

    private Process start(AtomicReference<String> url) throws Exception {
        Path root = Path.of("..").toAbsolutePath().normalize();
        Process p = new ProcessBuilder("java", "-Dblueprint.home=" + root, "-jar",
                root.resolve("blueprint-cli/target/blueprint.jar").toString(), "serve", "--port", "0", "--data-dir",
                data.toString(), "--responses-per-minute", "1000000", "--json")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        assertTrue(line != null, "the server printed where it listens");
        url.set(new ObjectMapper().readTree(line).get("url").asText());
        return p;
    }

    @Test
    void everyAcknowledgedResponseSurvivesAKillAndNoneIsStoredTwice() throws Exception {
        AtomicReference<String> url = new AtomicReference<>();
        Process server = start(url);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Set<Integer> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            running.add(clients.submit(() -> {
                for (int i = next.getAndIncrement(); i < RESPONSES; i = next.getAndIncrement()) {
                    String body = "{\"text\": \"Response number " + i + ": keep my surgery open.\", \"answers\":"
                            + " {\"q1_polyclinics\": \"oppose\"}}";
                    while (true) {
                        try {
                            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url.get()
                                            + "/api/consultations/" + ServeCommand.DEMO_CONSULTATION + "/responses"))
                                    .timeout(Duration.ofSeconds(10)).header("Idempotency-Key", "kill-test-" + i)
                                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                                    HttpResponse.BodyHandlers.ofString());
                            if (r.statusCode() == 201 || r.statusCode() == 200) {
                                acknowledged.add(i);
                                break;
                            }
                            throw new IllegalStateException("unexpected " + r.statusCode() + ": " + r.body());
                        } catch (java.io.IOException e) {
                            failures.incrementAndGet(); // the server is down: try again, same key
                            Thread.sleep(50);
                        }
                    }
                }
                return null;
            }));
        }
        while (acknowledged.size() < RESPONSES / 3) {
            Thread.sleep(20);
        }
        server.destroyForcibly(); // SIGKILL
        assertTrue(server.waitFor(30, TimeUnit.SECONDS));
        int beforeRestart = acknowledged.size();
        server = start(url);
        for (Future<?> f : running) {
            f.get(10, TimeUnit.MINUTES);
        }
        clients.shutdown();
        server.destroy();
        server.waitFor(30, TimeUnit.SECONDS);
        assertEquals(RESPONSES, acknowledged.size());
        assertTrue(failures.get() > 0, "the kill interrupted some submissions");
        try (Database db = Database.open(Database.embeddedUrl(data), null, null);
             Connection con = db.dataSource().getConnection(); Statement st = con.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*), COUNT(DISTINCT idempotency_key) FROM"
                     + " consultation_response")) {
            rs.next();
            assertEquals(RESPONSES, rs.getInt(1), "every acknowledged response is stored, none twice");
            assertEquals(RESPONSES, rs.getInt(2));
        }
        System.out.printf("kill test: %,d acknowledged before the kill, %,d refused connections retried%n",
                beforeRestart, failures.get());
    }
}
