package dev.uplift.analysis.rules;

import dev.uplift.analysis.parse.ParsedFile;
import dev.uplift.model.Finding;
import dev.uplift.model.Rule;
import dev.uplift.model.Severity;

import java.util.function.Consumer;

/** A rule that looks at one parsed file. Implementations are stateless and thread-safe. */
public interface FileRule {

    Rule rule();

    void check(ParsedFile file, Consumer<Finding> findings);

    /** A finding of this rule at a line of the file. */
    default Finding finding(ParsedFile file, int line, String message, String evidence) {
        return Finding.of(rule(), file.file().path(), line, message, evidence);
    }

    /** The finding one severity lower, as a point to review: no untrusted input was traced to it. */
    static Finding unconfirmed(Finding finding) {
        Severity lower = finding.severity().ordinal() + 1 < Severity.values().length
                ? Severity.values()[finding.severity().ordinal() + 1] : finding.severity();
        return finding.withSeverity(lower, "no untrusted input traced to it: review it").asReview();
    }

    /** The line trimmed and shortened to a readable excerpt. */
    static String excerpt(String line) {
        String s = line.strip();
        return s.length() <= 160 ? s : s.substring(0, 157) + "...";
    }
}
