package org.nhsblueprint.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.nhsblueprint.access.AccessAnalysis;
import org.nhsblueprint.dataset.DatasetLoader;
import org.nhsblueprint.model.RegionModel;
import org.nhsblueprint.travel.EstimateParameters;
import org.nhsblueprint.travel.GreatCircleEstimate;

/** The planners' scenario workspace on its own: what an uploaded scenario may reach, and what a queued run reads. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScenarioRunsTest {
    @TempDir
    static Path dir;
    private RegionModel london;
    private AccessAnalysis analysis;

    @BeforeAll
    void load() {
        london = new DatasetLoader().load(Path.of("../datasets/london"));
        analysis = new AccessAnalysis(new GreatCircleEstimate(EstimateParameters.londonDefaults()));
    }

    private ScenarioRuns runs(String name) throws Exception {
        return new ScenarioRuns(london, new WebServer.Workspace(analysis, Path.of("../scenarios"), dir.resolve(name)));
    }

    @Test
    void anUploadedScenarioCannotNameABaseOutsideTheWorkspace() throws Exception {
        try (ScenarioRuns runs = runs("bases")) {
            for (String base : List.of("/etc/passwd", "../../pom.xml", "../scenarios/london-stroke-2009.yaml",
                    "sub/london-stroke-2009.yaml")) {
                ScenarioRuns.Checked checked = runs.upload("name: Reaching out\nbase: " + base
                        + "\nmodifications: []\n", false);
                assertEquals(1, checked.problems().size(), base + ": " + checked.problems());
                assertEquals("base", checked.problems().get(0).get("field"), base);
                assertTrue(String.valueOf(checked.problems().get(0).get("message")).contains("by its file name"));
            }
            ScenarioRuns.Checked shippedBase = runs.upload("name: On the 2009 base\nbase: london-stroke-2009.yaml\n"
                    + "modifications: []\n", false);
            assertEquals(List.of(), shippedBase.problems(), "a shipped scenario is a base by its file name");
            for (String id : List.of("..", "../pom", "nope")) {
                assertEquals(404, assertThrows(ApiError.class, () -> runs.yaml(id)).status(), id);
            }
        }
    }

    @Test
    void aQueuedRunAppraisesTheScenarioAsItWasWhenQueued() throws Exception {
        try (ScenarioRuns runs = runs("queued")) {
            String first = "name: Edited while queued\ndataset: london\nmodifications:\n"
                    + "  - close: {site: RRV03, service: hasu}\n";
            String id = runs.upload(first, true).id();
            CountDownLatch release = new CountDownLatch(1);
            runs.background("blocker", (step, out) -> {
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return new ScenarioRuns.Outcome(List.of(), null);
            });
            ScenarioRuns.Run run = runs.start(id);
            assertTrue(runs.upload(first.replace("RRV03", "R1H12"), true).replaced(), "saved over while queued");
            release.countDown();
            ScenarioRuns.Run queued = finished(runs, run);
            assertEquals(first, Files.readString(dir.resolve("queued").resolve(run.id()).resolve(id + ".yaml")));
            ScenarioRuns.Run edited = finished(runs, runs.start(id));
            assertTrue(!queued.services().equals(edited.services()), "closing another stroke unit changes the"
                    + " figures, so the first run appraised the scenario as it was queued");
        }
    }

    private static ScenarioRuns.Run finished(ScenarioRuns runs, ScenarioRuns.Run run) throws Exception {
        ScenarioRuns.Run now = run;
        for (int i = 0; i < 600 && now.status() != ScenarioRuns.Status.done
                && now.status() != ScenarioRuns.Status.failed; i++) {
            Thread.sleep(50);
            now = runs.find(run.id()).orElseThrow();
        }
        assertEquals(ScenarioRuns.Status.done, now.status(), now.error());
        return now;
    }
}
