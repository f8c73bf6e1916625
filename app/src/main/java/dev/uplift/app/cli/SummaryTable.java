package dev.uplift.app.cli;

import dev.uplift.model.Assessment;
import dev.uplift.model.Category;
import dev.uplift.model.ComponentAssessment;
import dev.uplift.model.CoverageSource;
import dev.uplift.model.ProductionStandards;
import dev.uplift.model.Scores;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The plain-text table {@code uplift assess} prints: one row a component, scores under the standard starred. */
final class SummaryTable {
    private static final String[] HEADER = {"COMPONENT", "TIER", "LANGUAGES", "LOC", "QUALITY", "SECURITY", "PERF",
            "COVER%", "DOCS", "ERRORS", "OBSERV", "READY", "FINDINGS"};

    private SummaryTable() {
    }

    static String render(Assessment a, ProductionStandards standard) {
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADER);
        for (ComponentAssessment c : a.components()) {
            Scores s = c.scores();
            rows.add(new String[] {c.component().name(), c.component().tier().name(),
                    String.join(",", c.component().languages()), String.valueOf(c.metrics().linesOfCode()),
                    score(c, Category.CODE_QUALITY, standard), score(c, Category.SECURITY, standard),
                    score(c, Category.PERFORMANCE, standard), score(c, Category.TESTING, standard),
                    score(c, Category.DOCUMENTATION, standard), score(c, Category.ERROR_HANDLING, standard),
                    score(c, Category.OBSERVABILITY, standard), fmt(s.readiness()),
                    String.valueOf(c.findings().size())});
        }
        int[] widths = new int[HEADER.length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], Math.min(row[i].length(), i == 0 ? 40 : 24));
            }
        }
        StringBuilder sb = new StringBuilder();
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                String cell = row[i].length() > widths[i] ? row[i].substring(0, widths[i] - 1) + "…" : row[i];
                boolean left = i <= 2;
                sb.append(left ? String.format("%-" + widths[i] + "s", cell) : String.format("%" + widths[i] + "s", cell));
                sb.append(i < row.length - 1 ? "  " : "\n");
            }
        }
        return sb.toString();
    }

    private static String score(ComponentAssessment component, Category c, ProductionStandards standard) {
        double value = component.scores().of(c);
        Double target = standard.target(c, component.component().tier());
        // an estimated coverage figure is marked "~": it must never pass for a measured one
        String text = c == Category.TESTING ? (component.coverageSource() == CoverageSource.ESTIMATED ? "~" : "")
                + Math.round(value) : fmt(value);
        return target != null && value < target ? text + "*" : text + " ";
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
