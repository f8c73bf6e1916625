package dev.uplift.analysis.rules;

import dev.uplift.analysis.parse.ParsedFile;
import dev.uplift.model.Category;
import dev.uplift.model.Finding;
import dev.uplift.model.Rule;
import dev.uplift.model.Severity;

import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/** Production code writing to the console instead of a logger: no levels, no context, no correlation. */
final class PrintInsteadOfLoggingRule implements FileRule {
    static final Rule RULE = new Rule("ERR-PRINT-LOGGING", "Console output instead of logging", Category.ERROR_HANDLING, Severity.MINOR, 10, 778,
            "Console output (printStackTrace, System.out, print, console.log) instead of a logger.",
            "Use the project's logger with a level and context, so operators can find and correlate it.");
    private static final Map<String, Pattern> BY_LANGUAGE = Map.of(
            "java", Pattern.compile("\\.printStackTrace\\(\\s*\\)|System\\.(out|err)\\.print"),
            // print(...), and Python 2's print statement: a string, >>file, or one expression ending the line or a comma
            "python", Pattern.compile("^\\s*print(\\(|\\s+([\"'>]|[\\w.\\[\\]]+\\s*($|,)))"),
            "typescript", Pattern.compile("\\bconsole\\.log\\("),
            "javascript", Pattern.compile("\\bconsole\\.log\\("));

    @Override
    public Rule rule() {
        return RULE;
    }

    @Override
    public void check(ParsedFile file, Consumer<Finding> findings) {
        Pattern p = BY_LANGUAGE.get(file.file().language());
        if (p == null || file.file().test()) {
            return;
        }
        for (int i = 0; i < file.lines().size(); i++) {
            if (file.lineKinds().isCode(i + 1) && p.matcher(file.lines().get(i)).find()) {
                findings.accept(finding(file, i + 1, "console output instead of logging",
                        FileRule.excerpt(file.lines().get(i))));
            }
        }
    }
}
