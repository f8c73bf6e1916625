package dev.uplift.app.export;

import dev.uplift.model.Assessment;
import dev.uplift.model.ComponentAssessment;
import dev.uplift.model.Scores;
import dev.uplift.model.Severity;

import java.io.IOException;
import java.nio.file.Path;

/** One row per component with its scores: the CLI's summary table, for a spreadsheet. */
public final class ComponentSummaryCsv {
    private ComponentSummaryCsv() {
    }

    public static void write(Assessment a, Path file) throws IOException {
        try (SpreadsheetSafeCsv csv = SpreadsheetSafeCsv.create(file, "id", "name", "path", "kind", "tier",
                "languages", "linesOfCode", "codeQuality", "security", "performance", "testCoverage", "documentation",
                "errorHandling", "observability", "operations", "readiness", "coverageSource", "findings", "blocker",
                "critical", "major", "minor", "info")) {
            for (ComponentAssessment c : a.components()) {
                Scores s = c.scores();
                csv.row(c.component().id(), c.component().name(), c.component().path(), c.component().kind().label(),
                        c.component().tier().name(), String.join(" ", c.component().languages()),
                        c.metrics().linesOfCode(), s.codeQuality(), s.security(), s.performance(), s.testCoverage(),
                        s.documentation(), s.errorHandling(), s.observability(), s.operations(), s.readiness(),
                        c.coverageSource().label(), c.findings().size(), c.count(Severity.BLOCKER),
                        c.count(Severity.CRITICAL), c.count(Severity.MAJOR), c.count(Severity.MINOR),
                        c.count(Severity.INFO));
            }
        }
    }
}
