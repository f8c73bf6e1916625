package dev.uplift.analysis.rules.java;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import dev.uplift.analysis.parse.ParsedFile;
import dev.uplift.model.Category;
import dev.uplift.model.Finding;
import dev.uplift.model.Rule;
import dev.uplift.model.Severity;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Private fields and methods that nothing in the file names. Annotated members (injected, mapped,
 * mocked) and serialization hooks are used by frameworks, so they are left alone.
 */
public final class UnusedPrivateRule extends JavaRule {
    public static final Rule RULE = new Rule("QUAL-UNUSED-PRIVATE", "Unused private members", Category.CODE_QUALITY,
            Severity.MINOR, 5, 561,
            "A private field or method that nothing uses: dead code that readers still have to understand.",
            "Delete it; version control remembers it if it is ever needed again.");
    private static final Set<String> FRAMEWORK_USED = Set.of("serialVersionUID", "serialPersistentFields",
            "readObject", "writeObject", "readObjectNoData", "readResolve", "writeReplace");

    @Override
    public Rule rule() {
        return RULE;
    }

    @Override
    void check(ParsedFile file, CompilationUnit unit, Consumer<Finding> findings) {
        Set<String> used = new HashSet<>();
        JavaNodes.of(unit).all(NameExpr.class).forEach(n -> used.add(n.getNameAsString()));
        JavaNodes.of(unit).all(FieldAccessExpr.class).forEach(n -> used.add(n.getNameAsString()));
        JavaNodes.of(unit).all(MethodCallExpr.class).forEach(n -> used.add(n.getNameAsString()));
        JavaNodes.of(unit).all(MethodReferenceExpr.class).forEach(n -> used.add(n.getIdentifier()));
        for (FieldDeclaration field : JavaNodes.of(unit).all(FieldDeclaration.class)) {
            if (!field.isPrivate() || !field.getAnnotations().isEmpty()) {
                continue;
            }
            for (VariableDeclarator v : field.getVariables()) {
                String name = v.getNameAsString();
                if (!used.contains(name) && !FRAMEWORK_USED.contains(name)) {
                    findings.accept(at(file, v, "private field '" + name + "' is never used"));
                }
            }
        }
        for (MethodDeclaration method : JavaNodes.of(unit).all(MethodDeclaration.class)) {
            String name = method.getNameAsString();
            if (method.isPrivate() && method.getAnnotations().isEmpty() && !used.contains(name)
                    && !FRAMEWORK_USED.contains(name)) {
                findings.accept(at(file, method.getName(), "private method '" + name + "' is never called"));
            }
        }
    }
}
