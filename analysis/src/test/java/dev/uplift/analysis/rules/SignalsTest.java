package dev.uplift.analysis.rules;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class SignalsTest {

    @Test
    void theKeywordPrefilterNeverLosesASignal() throws Exception {
        List<Path> roots = List.of(Path.of("../resources/sample-order-platform"), Path.of("src/test/resources"));
        int files = 0, withSignals = 0;
        for (Path root : roots) {
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path f : walk.filter(Files::isRegularFile).toList()) {
                    String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
                    Set<String> all = Signals.textSignals(text, false);
                    assertThat(Signals.textSignals(text, true)).as(f.toString()).isEqualTo(all);
                    files++;
                    withSignals += all.isEmpty() ? 0 : 1;
                }
            }
        }
        assertThat(files).isGreaterThan(100);
        assertThat(withSignals).as("the comparison saw signals").isGreaterThan(20);
    }

    @Test
    void signalsAreFoundWhateverTheCaseOfTheirKeywords() {
        assertThat(Signals.textSignals("import io.micrometer.core.instrument.MeterRegistry;", true))
                .contains(Signals.METRICS);
        assertThat(Signals.textSignals("headers.put(\"X-Correlation-Id\", id);", true)).contains(Signals.CORRELATION);
        assertThat(Signals.textSignals("CircuitBreaker breaker = CircuitBreaker.ofDefaults(\"x\");", true))
                .contains(Signals.RESILIENCE);
        assertThat(Signals.textSignals("int total = 0;", true)).isEmpty();
    }

    @Test
    void aManifestTellsAPublishedLibraryFromAnApplication() {
        assertThat(Signals.manifestSignals("package.json", "{\"name\": \"express\", \"main\": \"index.js\", "
                + "\"files\": [\"lib\"]}")).contains(Signals.PUBLISHED_LIBRARY);
        assertThat(Signals.manifestSignals("package.json", "{\"name\": \"shop\", \"main\": \"server.js\", "
                + "\"scripts\": {\"start\": \"node server.js\"}}")).doesNotContain(Signals.PUBLISHED_LIBRARY);
        assertThat(Signals.manifestSignals("package.json", "{\"private\": true, \"main\": \"a.js\"}"))
                .doesNotContain(Signals.PUBLISHED_LIBRARY);
        assertThat(Signals.manifestSignals("pyproject.toml", "[project]\nname = \"httpx\"\nclassifiers = [\"x\"]\n"))
                .contains(Signals.PUBLISHED_LIBRARY);
        assertThat(Signals.manifestSignals("pom.xml", "<project><licenses><license/></licenses></project>")).contains(Signals.PUBLISHED_LIBRARY);
        assertThat(Signals.manifestSignals("pom.xml", "<project><licenses></licenses><plugin>spring-boot-maven-plugin</plugin>"
                + "</project>")).doesNotContain(Signals.PUBLISHED_LIBRARY);
    }

    @Test
    void aDependencyBringsTheCapabilityItProvides() {
        assertThat(Signals.manifestSignals("pom.xml", "<artifactId>spring-boot-starter-actuator</artifactId>"))
                .contains(Signals.HEALTH_ENDPOINT, Signals.METRICS, Signals.LOGGING);
        assertThat(Signals.manifestSignals("requirements.txt", "flask==3.0\n")).isEmpty();
    }
}
