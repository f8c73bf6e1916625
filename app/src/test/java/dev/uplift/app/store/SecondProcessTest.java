package dev.uplift.app.store;

import dev.uplift.app.TestRepositories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A second Uplift process on the same database is told so clearly, and the file stays sound. */
class SecondProcessTest {
    @TempDir
    Path home;

    @Test
    void secondProcessGetsAClearMessageAndExitCodeFour() throws Exception {
        try (Database first = Database.open(home)) {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            ProcessBuilder pb = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                    "-Duplift.logs=" + home.resolve("logs"), "dev.uplift.app.Main", "history",
                    TestRepositories.SAMPLE.toString()));
            pb.environment().put("UPLIFT_HOME", home.toString());
            pb.redirectErrorStream(true);
            Process second = pb.start();
            assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String output = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(second.exitValue()).as(output).isEqualTo(4);
            assertThat(output).contains("in use by another Uplift process").doesNotContain("Exception");
            int stored = first.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM assessment")
                    .mapTo(Integer.class).one());
            assertThat(stored).isZero();
        }
    }
}
