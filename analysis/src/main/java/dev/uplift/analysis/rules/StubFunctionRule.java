package dev.uplift.analysis.rules;

import dev.uplift.analysis.parse.FunctionInfo;
import dev.uplift.analysis.parse.ParsedFile;
import dev.uplift.model.Category;
import dev.uplift.model.Finding;
import dev.uplift.model.Rule;
import dev.uplift.model.Severity;

import java.util.function.Consumer;

/** Skeleton code: production functions whose body is a placeholder (the seed design's core concern). */
final class StubFunctionRule implements FileRule {
    static final Rule RULE = new Rule("STUB-FUNCTION", "Stub functions", Category.CODE_QUALITY, Severity.MAJOR, 60, null,
            "A function whose body is a stub: empty, only a comment or docstring, 'pass', a placeholder "
                    + "return, or an explicit 'not implemented'.",
            "Implement the behaviour with tests, or remove the function if nothing needs it.");

    @Override
    public Rule rule() {
        return RULE;
    }

    @Override
    public void check(ParsedFile file, Consumer<Finding> findings) {
        if (file.file().test()) {
            return;
        }
        for (FunctionInfo f : file.functions()) {
            if (f.isStub()) {
                findings.accept(finding(file, f.startLine(), "'" + f.name() + "' is a stub: " + f.stubReason(),
                        FileRule.excerpt(file.lines().get(f.startLine() - 1))));
            }
        }
    }
}
