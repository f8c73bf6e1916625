package dev.uplift.app.store;

import dev.uplift.app.TestRepositories;
import dev.uplift.model.Assessment;
import dev.uplift.model.AssessmentSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SIGKILL at many points of an assessment and a plan: the database still opens, every earlier result is
 * whole, and the killed run left either a whole result or nothing (writes are one transaction each).
 */
class KilledProcessTest {
    @TempDir
    Path home;

    private Process start(String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "-Duplift.logs=" + home.resolve("logs"), "dev.uplift.app.Main"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("UPLIFT_HOME", home.toString());
        pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        return pb.start();
    }

    private record Snapshot(String id, int components, int findings) {
        static Snapshot of(Assessment a) {
            return new Snapshot(a.id(), a.components().size(),
                    a.components().stream().mapToInt(c -> c.findings().size()).sum());
        }
    }

    @Test
    void killingAnAssessmentOrAPlanAtAnyPointLosesNothingEarlier() throws Exception {
        String repo = TestRepositories.SAMPLE.toString();
        Process first = start("plan", repo);
        assertThat(first.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(first.exitValue()).isZero();
        Snapshot earlier;
        try (Database db = Database.open(home)) {
            earlier = Snapshot.of(new AssessmentStore(db).latest(repo).orElseThrow());
        }
        assertThat(earlier.components()).isPositive();

        long[] killAfterMillis = {300, 700, 1100, 1500, 1900, 2300, 2800, 3400};
        for (long delay : killAfterMillis) {
            Process victim = start(delay % 2 == 0 ? "assess" : "plan", repo);
            Thread.sleep(delay);
            victim.destroyForcibly(); // SIGKILL: no shutdown hooks, no flush
            assertThat(victim.waitFor(30, TimeUnit.SECONDS)).isTrue();
            try (Database db = Database.open(home)) {
                AssessmentStore store = new AssessmentStore(db);
                assertThat(db.recovery()).as("killed after %d ms", delay).isEmpty();
                assertThat(Snapshot.of(store.load(earlier.id()).orElseThrow())).as("killed after %d ms", delay)
                        .isEqualTo(earlier);
                for (AssessmentSummary s : store.history(repo)) { // the killed one is whole or absent
                    Snapshot stored = Snapshot.of(store.load(s.id()).orElseThrow());
                    assertThat(stored.components()).as("killed after %d ms", delay).isEqualTo(earlier.components());
                    assertThat(stored.findings()).isEqualTo(earlier.findings());
                }
            }
        }
    }
}
