package dev.uplift.analysis.rules;

import dev.uplift.analysis.parse.FunctionInfo;
import dev.uplift.analysis.parse.ParsedFile;
import dev.uplift.model.Category;
import dev.uplift.model.Finding;
import dev.uplift.model.Rule;
import dev.uplift.model.Severity;

import java.util.function.Consumer;

/** Functions longer than {@value #MAX_LINES} lines are hard to read, test and change. */
final class LongFunctionRule implements FileRule {
    static final int MAX_LINES = 80;
    static final Rule RULE = new Rule("QUAL-LONG-FUNCTION", "Overlong functions", Category.CODE_QUALITY, Severity.MAJOR, 45, null,
            "A function or method longer than " + MAX_LINES + " lines.",
            "Extract cohesive parts into well-named functions; cover the behaviour with tests first.");

    @Override
    public Rule rule() {
        return RULE;
    }

    @Override
    public void check(ParsedFile file, Consumer<Finding> findings) {
        for (FunctionInfo f : file.functions()) {
            if (f.length() > MAX_LINES) {
                findings.accept(finding(file, f.startLine(), "'" + f.name() + "' is " + f.length()
                        + " lines long (limit " + MAX_LINES + ")", null));
            }
        }
    }
}
