package dev.uplift.analysis.rules.java;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.TypeDeclaration;
import dev.uplift.analysis.parse.ParsedFile;
import dev.uplift.model.Category;
import dev.uplift.model.Finding;
import dev.uplift.model.Rule;
import dev.uplift.model.Severity;

import java.util.function.Consumer;

/**
 * Top-level classes with more than {@value #MAX_CODE_LINES} lines of code (comments and blank lines
 * not counted): too many responsibilities to read, test or change safely.
 */
public final class LargeClassRule extends JavaRule {
    public static final int MAX_CODE_LINES = 500;
    public static final Rule RULE = new Rule("QUAL-LARGE-CLASS", "Overlarge classes", Category.CODE_QUALITY,
            Severity.MAJOR, 240, null,
            "A class with more than " + MAX_CODE_LINES + " lines of code, which usually holds several responsibilities.",
            "Split it along its responsibilities into smaller classes; cover its behaviour with tests first.");

    @Override
    public Rule rule() {
        return RULE;
    }

    @Override
    void check(ParsedFile file, CompilationUnit unit, Consumer<Finding> findings) {
        for (TypeDeclaration<?> type : unit.getTypes()) {
            int start = line(type);
            int end = type.getEnd().map(p -> p.line).orElse(start);
            int code = 0;
            for (int n = start; n <= end; n++) {
                code += file.lineKinds().isCode(n) ? 1 : 0;
            }
            if (code > MAX_CODE_LINES) {
                findings.accept(at(file, type.getName(), "'" + type.getNameAsString() + "' has " + code
                        + " lines of code (limit " + MAX_CODE_LINES + ")"));
            }
        }
    }
}
