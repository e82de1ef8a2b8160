package org.nhsblueprint.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;
import org.nhsblueprint.model.ConsultationResponse;

/**
 * The database on H2 and PostgreSQL, from the same migrations: responses stored once per key, text stored as written,
 * accounts and sessions.
 */
class StoreTest {
    @TempDir
    Path dir;

    private static final Consultations.Consultation POLYCLINICS = new Consultations.Consultation("polyclinics-2008",
            "Healthcare for London", "Polyclinics", List.of(new Consultations.Question("q1", "Do you support?",
            List.of("support", "oppose", "undecided"))), true);

    @ParameterizedTest
    @MethodSource("org.nhsblueprint.store.TestDatabases#kinds")
    void aRepeatedSubmissionIsStoredOnceEvenWhenItRaces(String kind) throws Exception {
        try (Database db = TestDatabases.open(kind, dir)) {
            Consultations c = new Consultations(db);
            c.save(POLYCLINICS);
            Consultations.NewResponse r = new Consultations.NewResponse("Keep my surgery", "individual",
                    "E09000007", "65-74", Map.of("q1", "oppose"));
            Consultations.Stored first = c.submit("polyclinics-2008", "key-1", r);
            assertTrue(first.created());
            Consultations.Stored again = c.submit("polyclinics-2008", "key-1", r);
            assertFalse(again.created());
            assertEquals(first.id(), again.id());
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Callable<Consultations.Stored>> same = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                same.add(() -> c.submit("polyclinics-2008", "key-2", r));
            }
            Set<Long> ids = new HashSet<>();
            int created = 0;
            for (Future<Consultations.Stored> f : pool.invokeAll(same)) {
                ids.add(f.get().id());
                created += f.get().created() ? 1 : 0;
            }
            pool.shutdown();
            assertEquals(1, ids.size(), "32 racing submissions of one key are one response");
            assertEquals(1, created);
            assertEquals(2, c.count("polyclinics-2008"));
        }
    }

    @ParameterizedTest
    @MethodSource("org.nhsblueprint.store.TestDatabases#kinds")
    void textIsStoredAsWrittenAndSurvivesAReopen(String kind) {
        String hostile = "'); DROP TABLE consultation_response; -- <script>alert(1)</script>";
        try (Database db = TestDatabases.open(kind, dir)) {
            Consultations c = new Consultations(db);
            c.save(POLYCLINICS);
            c.submit("polyclinics-2008", "k", new Consultations.NewResponse(hostile, "individual", "x' OR '1'='1",
                    "", Map.of("q1", "support")));
        }
        try (Database db = TestDatabases.reopen(kind, dir)) {
            List<ConsultationResponse> stored = new Consultations(db).responses("polyclinics-2008", List.of("q1"));
            assertEquals(1, stored.size());
            assertEquals(hostile, stored.get(0).text());
            assertEquals("x' OR '1'='1", stored.get(0).area());
            assertEquals(Map.of("q1", "support"), stored.get(0).answers());
            assertEquals(List.of(POLYCLINICS), new Consultations(db).all());
        }
    }

    @ParameterizedTest
    @MethodSource("org.nhsblueprint.store.TestDatabases#kinds")
    void accountsSignInWithTheRightPasswordOnlyAndSessionsEnd(String kind) {
        try (Database db = TestDatabases.open(kind, dir)) {
            Accounts accounts = new Accounts(db, 4, Duration.ofHours(8));
            accounts.save("planner@nhs.example", "correct horse battery".toCharArray(), Accounts.Role.planner);
            assertTrue(accounts.signIn("planner@nhs.example", "wrong password here".toCharArray()).isEmpty());
            assertTrue(accounts.signIn("nobody", "correct horse battery".toCharArray()).isEmpty());
            Accounts.Session s = accounts.signIn("planner@nhs.example", "correct horse battery".toCharArray())
                    .orElseThrow();
            assertNotEquals(s.token(), s.csrfToken());
            assertEquals("planner@nhs.example", accounts.session(s.token()).orElseThrow().account());
            accounts.signOut(s.token());
            assertTrue(accounts.session(s.token()).isEmpty());
            assertThrows(IllegalArgumentException.class, () -> accounts.save("x", "short".toCharArray(),
                    Accounts.Role.admin));
            Accounts expired = new Accounts(db, 4, Duration.ofSeconds(-1));
            Accounts.Session old = expired.signIn("planner@nhs.example", "correct horse battery".toCharArray())
                    .orElseThrow();
            assertTrue(accounts.session(old.token()).isEmpty(), "an expired session opens nothing");
            assertTrue(accounts.save("admin@nhs.example", "another long passphrase".toCharArray(),
                    Accounts.Role.admin), "created");
            Accounts.Session open = accounts.signIn("admin@nhs.example", "another long passphrase".toCharArray())
                    .orElseThrow();
            assertFalse(accounts.save("admin@nhs.example", "a reset long passphrase".toCharArray(),
                    Accounts.Role.admin), "replaced");
            assertTrue(accounts.session(open.token()).isEmpty(), "a reset password ends the account's sessions");
            assertThrows(Accounts.LastAdmin.class, () -> accounts.save("admin@nhs.example",
                    "a reset long passphrase".toCharArray(), Accounts.Role.planner), "the only admin stays one");
            assertTrue(accounts.signIn("admin@nhs.example", "a reset long passphrase".toCharArray()).isPresent());
            assertEquals(List.of("admin@nhs.example admin", "planner@nhs.example planner"), accounts.all().stream()
                    .map(a -> a.name() + " " + a.role()).toList());
        }
    }
}
