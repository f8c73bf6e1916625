package dev.uplift.app.export;

import dev.uplift.model.Severity;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SarifReportTest {

    @Test
    void pathsBecomeRelativeUriReferencesWithOddCharactersEncoded() {
        assertThat(SarifReport.relativeUri("src/main/App.java")).isEqualTo("src/main/App.java");
        assertThat(SarifReport.relativeUri("my docs/a#b?c%.py")).isEqualTo("my%20docs/a%23b%3Fc%25.py");
        assertThat(SarifReport.relativeUri("caf\u00e9/x.py")).isEqualTo("caf%C3%A9/x.py");
    }

    @Test
    void severitiesMapToSarifLevels() {
        assertThat(SarifReport.level(Severity.BLOCKER)).isEqualTo("error");
        assertThat(SarifReport.level(Severity.CRITICAL)).isEqualTo("error");
        assertThat(SarifReport.level(Severity.MAJOR)).isEqualTo("warning");
        assertThat(SarifReport.level(Severity.MINOR)).isEqualTo("note");
        assertThat(SarifReport.level(Severity.INFO)).isEqualTo("note");
    }
}
