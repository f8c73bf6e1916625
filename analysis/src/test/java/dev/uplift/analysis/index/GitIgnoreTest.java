package dev.uplift.analysis.index;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class GitIgnoreTest {
    private static final String RULES = String.join("\n",
            "# comment", "*.log", "/build-out", "docs/generated/", "**/tmp/**", "secret?.txt", "!keep.log",
            "data/*.csv", "");

    @ParameterizedTest(name = "{0} (dir={1}) ignored={2}")
    @CsvSource({
            "app.log, false, true",
            "src/deep/app.log, false, true",
            "keep.log, false, false",
            "build-out, true, true",
            "src/build-out, true, false",
            "docs/generated, true, true",
            "docs/generated, false, false",
            "a/tmp/b/c.txt, false, true",
            "secret1.txt, false, true",
            "secret12.txt, false, false",
            "data/x.csv, false, true",
            "data/sub/x.csv, false, false",
            "src/Main.java, false, false",
    })
    void matchesLikeGit(String path, boolean directory, boolean ignored) {
        Boolean verdict = GitIgnore.parse("", RULES).decide(path, directory);
        assertThat(Boolean.TRUE.equals(verdict)).isEqualTo(ignored);
    }

    @ParameterizedTest
    @CsvSource({"sub/x.log, true", "other/x.log, ", "sub/deeper/x.log, true"})
    void nestedFileOnlySpeaksForItsFolder(String path, Boolean expected) {
        assertThat(GitIgnore.parse("sub", "*.log").decide(path, false)).isEqualTo(expected);
    }
}
