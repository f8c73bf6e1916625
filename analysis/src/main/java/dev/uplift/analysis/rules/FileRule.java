package dev.uplift.analysis.rules;

import dev.uplift.analysis.parse.ParsedFile;
import dev.uplift.model.Finding;
import dev.uplift.model.Rule;

import java.util.function.Consumer;

/** A rule that looks at one parsed file. Implementations are stateless and thread-safe. */
public interface FileRule {

    Rule rule();

    void check(ParsedFile file, Consumer<Finding> findings);

    /** A finding of this rule at a line of the file. */
    default Finding finding(ParsedFile file, int line, String message, String evidence) {
        return Finding.of(rule(), file.file().path(), line, message, evidence);
    }

    /** The line trimmed and shortened to a readable excerpt. */
    static String excerpt(String line) {
        String s = line.strip();
        return s.length() <= 160 ? s : s.substring(0, 157) + "...";
    }
}
