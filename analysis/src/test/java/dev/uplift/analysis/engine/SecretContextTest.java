package dev.uplift.analysis.engine;

import dev.uplift.model.Assessment;
import dev.uplift.model.ComponentAssessment;
import dev.uplift.model.Finding;
import dev.uplift.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static dev.uplift.analysis.engine.EngineFixtures.assess;
import static dev.uplift.analysis.engine.EngineFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

/** Where a key sits decides how bad it is: in code a blocker of the whole repository, in docs and tests a look. */
class SecretContextTest {
    private static final String KEY = "AKIAZ7Q3LMX9RT2KVB4D";



    private static Map<String, Severity> severities(EngineResult r) {
        return r.components().stream().flatMap(c -> c.findings().stream())
                .filter(f -> f.ruleId().equals("SEC-SECRET"))
                .collect(Collectors.toMap(Finding::file, Finding::severity, (a, b) -> a));
    }

    @Test
    void aKeyInDocumentationOrATestIsALookAndInCodeABlocker(@TempDir Path repo) throws Exception {
        write(repo, "svc/__init__.py", "");
        write(repo, "svc/app.py", "def handle(x):\n    return x * 2\n");
        write(repo, "svc/README.md", "Configure it:\n\n    aws_access_key_id = " + KEY + "\n");
        write(repo, "svc/tests/test_app.py", "KEY = \"" + KEY + "\"\n\n\ndef test_handle():\n    assert KEY\n");
        EngineResult docsAndTests = assess(repo);
        assertThat(severities(docsAndTests)).containsEntry("svc/README.md", Severity.MAJOR) // a provider's format, yet in docs
                .containsEntry("svc/tests/test_app.py", Severity.MAJOR);
        assertThat(readiness(docsAndTests)).isGreaterThan(4.0);

        write(repo, "svc/settings.py", "AWS_ACCESS_KEY_ID = \"" + KEY + "\"\n");
        EngineResult inCode = assess(repo);
        assertThat(severities(inCode)).containsEntry("svc/settings.py", Severity.BLOCKER);
        ComponentAssessment svc = inCode.components().stream().filter(c -> c.component().id().equals("svc"))
                .findFirst().orElseThrow();
        assertThat(svc.scores().security()).isLessThanOrEqualTo(1.0);
        assertThat(readiness(inCode)).as("a blocker anywhere is the repository's").isLessThanOrEqualTo(4.0);
    }

    private static double readiness(EngineResult r) {
        return new Assessment("a", "/r", Instant.EPOCH, null, "default", r.components(), List.of(), r.checklist())
                .readiness();
    }
}
