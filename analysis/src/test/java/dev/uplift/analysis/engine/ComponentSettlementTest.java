package dev.uplift.analysis.engine;

import dev.uplift.model.ComponentAssessment;
import dev.uplift.model.Tier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static dev.uplift.analysis.engine.EngineFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

/** Components that hold no code are settled once the files are read; the root's loose files find an owner. */
class ComponentSettlementTest {

    private static Map<String, ComponentAssessment> assess(Path repo) throws Exception {
        return EngineFixtures.byId(EngineFixtures.assess(repo));
    }

    @Test
    void aFolderWithoutALineOfCodeIsNoComponent(@TempDir Path repo) throws Exception {
        write(repo, "svc/__init__.py", "");
        write(repo, "svc/app.py", "def handle(x):\n    return x * 2\n");
        write(repo, "mlops/__init__.py", "");
        write(repo, "mlops/README.md", "# later\n");
        assertThat(assess(repo)).containsOnlyKeys("svc");
    }

    @Test
    void aTestOnlyFolderJoinsTheComponentItTests(@TempDir Path repo) throws Exception {
        write(repo, "svc/__init__.py", "");
        write(repo, "svc/app.py", "def handle(x):\n    return x * 2\n");
        write(repo, "other/__init__.py", "");
        write(repo, "other/big.py", "def a():\n    return 1\n\n\ndef b():\n    return 2\n\n\ndef c():\n    return 3\n");
        write(repo, "test_mlops/__init__.py", "");
        write(repo, "test_mlops/test_app.py", "from svc.app import handle\n\n\ndef test_handle():\n    assert handle(2) == 4\n");
        Map<String, ComponentAssessment> c = assess(repo);
        assertThat(c).containsOnlyKeys("svc", "other");
        assertThat(c.get("svc").metrics().testFiles()).isEqualTo(1);
        assertThat(c.get("svc").component().tierReason()).contains("holds the tests in test_mlops/");
    }

    @Test
    void aKeyInTheRootEnvFileIsThePlatformsBlocker(@TempDir Path repo) throws Exception {
        write(repo, "svc/__init__.py", "");
        write(repo, "svc/app.py", "def handle(x):\n    return x * 2\n");
        write(repo, ".env", "OPENAI_API_KEY=sk-proj-Ab3dE5fG7hI9jK1lM3nO5pQ7rS9tU1vW3xY5zA7bC9dE1fG3\n");
        Map<String, ComponentAssessment> c = assess(repo);
        assertThat(c).containsOnlyKeys("svc", "platform");
        assertThat(c.get("platform").component().tier()).isEqualTo(Tier.P1);
        assertThat(c.get("platform").findings()).anyMatch(f -> f.file().equals(".env")
                && f.ruleId().equals("SEC-ENV-FILE"));
        assertThat(c.get("platform").checklist()).noneMatch(r -> r.id().equals("automated-tests"));
    }
}
