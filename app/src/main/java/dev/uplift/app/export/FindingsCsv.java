package dev.uplift.app.export;

import dev.uplift.model.Assessment;
import dev.uplift.model.ComponentAssessment;
import dev.uplift.model.Finding;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Every finding, one row each, for spreadsheets and trackers (spreadsheet-safe: see {@link SpreadsheetSafeCsv}). */
public final class FindingsCsv {
    private FindingsCsv() {
    }

    public static void write(Assessment a, Path file) throws IOException {
        try (SpreadsheetSafeCsv csv = SpreadsheetSafeCsv.create(file, "component", "tier", "severity", "category",
                "rule", "cwe", "file", "line", "message", "evidence", "effort_minutes", "exemption", "confidence")) {
            for (ComponentAssessment c : a.components()) {
                for (Finding f : c.findings()) {
                    // a row per line: a grouped finding is spread back over its occurrences, its effort shared
                    List<Integer> lines = f.lines().isEmpty() ? List.of(f.line()) : f.lines();
                    for (int line : lines) {
                        csv.row(c.component().name(), c.component().tier() == null ? "" : c.component().tier().name(),
                                f.severity().name().toLowerCase(Locale.ROOT), f.category().id(), f.ruleId(),
                                f.cwe() == null ? "" : "CWE-" + f.cwe(), f.file(), line, f.message(),
                                f.evidence() == null ? "" : f.evidence(), Math.round((double) f.effortMinutes() / lines.size()),
                                f.exemption() == null ? "" : f.exemption(), f.confidence());
                    }
                }
            }
        }
    }
}
