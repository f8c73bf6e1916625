package dev.uplift.analysis.index;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class LanguagesTest {
    @ParameterizedTest
    @CsvSource({"A.java, java", "x.py, python", "App.tsx, typescript", "x.mjs, javascript", "Dockerfile, dockerfile",
            ".env.local, dotenv", "README.md, markdown", "build.gradle, gradle", "settings.gradle.kts, gradle", "App.kts, kotlin", "noext, other", "logo.png, other"})
    void recognisesLanguagesByName(String name, String language) {
        assertThat(Languages.of(name)).isEqualTo(language);
    }

    @ParameterizedTest
    @CsvSource({
            "src/test/java/a/FooTest.java, true",
            "core/src/main/java/a/Audit.java, false",
            "core/src/main/java/a/OrderIT.java, true",
            "worker/tests/test_retry.py, true",
            "worker/pkg/retry_test.py, true",
            "worker/pkg/contest.py, false",
            "web/src/format.test.ts, true",
            "web/src/Button.spec.tsx, true",
            "web/src/__tests__/x.ts, true",
            "web/src/latest.ts, false",
    })
    void recognisesTestCode(String path, boolean test) {
        assertThat(Languages.isTestPath(path)).isEqualTo(test);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"examples/tutorial/flaskr/auth.py, true", "docs/conf.py, true",
            "packages/demo/app.js, true", "src/main/java/com/example/demo/App.java, false",
            "src/main/java/org/springframework/samples/petclinic/Owner.java, false", "app/services/docs.py, false",
            "README.md, false"})
    void recognisesExampleAndDocumentationCode(String path, boolean sample) {
        assertThat(Languages.isSamplePath(path)).isEqualTo(sample);
    }
}
