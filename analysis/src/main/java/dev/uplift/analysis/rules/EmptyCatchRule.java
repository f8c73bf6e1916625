package dev.uplift.analysis.rules;

import com.github.javaparser.ast.stmt.CatchClause;
import dev.uplift.analysis.parse.ParsedFile;
import dev.uplift.analysis.parse.SyntaxTree;
import dev.uplift.model.Category;
import dev.uplift.model.Finding;
import dev.uplift.model.Rule;
import dev.uplift.model.Severity;

import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/** Errors caught and dropped: an empty catch block, or a Python handler that only passes. */
final class EmptyCatchRule implements FileRule {
    static final Rule RULE = new Rule("ERR-EMPTY-CATCH", "Swallowed exceptions", Category.ERROR_HANDLING, Severity.MAJOR, 20, 390,
            "An exception is caught and silently dropped, so failures vanish without a trace.",
            "Handle the error, or log it with context and rethrow or translate it; never drop it silently.");
    private static final Pattern SCRIPT_EMPTY_CATCH = Pattern.compile(
            "catch\\s*(\\([^)]*\\))?\\s*\\{\\s*}|\\.catch\\(\\s*\\(?\\w*\\)?\\s*=>\\s*\\{\\s*}\\s*\\)");
    private static final Pattern PY_EXCEPT = Pattern.compile("^(\\s*)except\\b[^:]*:\\s*(pass|\\.\\.\\.)?\\s*(#.*)?$");

    @Override
    public Rule rule() {
        return RULE;
    }

    @Override
    public void check(ParsedFile file, Consumer<Finding> findings) {
        if (file.tree() instanceof SyntaxTree.Java java) {
            for (CatchClause c : java.unit().findAll(CatchClause.class)) {
                if (c.getBody().getStatements().isEmpty()) {
                    int line = c.getBegin().map(p -> p.line).orElse(1);
                    findings.accept(finding(file, line, "empty catch block swallows "
                            + c.getParameter().getType(), FileRule.excerpt(file.lines().get(line - 1))));
                }
            }
        } else if ("python".equals(file.file().language())) {
            checkPython(file, findings);
        } else if (file.file().language().matches("typescript|javascript")) {
            List<String> lines = file.lines();
            for (int i = 0; i < lines.size(); i++) {
                if (SCRIPT_EMPTY_CATCH.matcher(lines.get(i)).find()) {
                    findings.accept(finding(file, i + 1, "empty catch block swallows the error",
                            FileRule.excerpt(lines.get(i))));
                }
            }
        }
    }

    private void checkPython(ParsedFile file, Consumer<Finding> findings) {
        List<String> lines = file.lines();
        for (int i = 0; i < lines.size(); i++) {
            var m = PY_EXCEPT.matcher(lines.get(i));
            if (!m.matches()) {
                continue;
            }
            boolean swallowed = m.group(2) != null || onlyPassFollows(lines, i, m.group(1).length());
            if (swallowed) {
                findings.accept(finding(file, i + 1, "exception handler only passes: the error is swallowed",
                        FileRule.excerpt(lines.get(i))));
            }
        }
    }

    private static boolean onlyPassFollows(List<String> lines, int header, int indent) {
        int statements = 0;
        boolean pass = false;
        for (int i = header + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            String s = line.strip();
            if (s.isEmpty() || s.startsWith("#")) {
                continue;
            }
            if (line.length() - line.stripLeading().length() <= indent) {
                break;
            }
            statements++;
            pass = s.equals("pass") || s.equals("...");
        }
        return statements == 1 && pass;
    }
}
