package dev.uplift.analysis.rules.java;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import dev.uplift.analysis.parse.ParsedFile;
import dev.uplift.analysis.parse.SyntaxTree;
import dev.uplift.analysis.rules.FileRule;
import dev.uplift.model.Finding;
import dev.uplift.model.Rule;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

/** A rule over a Java file's syntax tree; files JavaParser could not parse are left to the line rules. */
abstract class JavaRule implements FileRule {

    @Override
    public final void check(ParsedFile file, Consumer<Finding> findings) {
        if (file.tree() instanceof SyntaxTree.Java java) {
            check(file, java.unit(), findings);
        }
    }

    abstract void check(ParsedFile file, CompilationUnit unit, Consumer<Finding> findings);

    /** Where a check reports: a node and the message for it. */
    interface Report {
        void at(Node node, String message);

        /** A dangerous call no untrusted input was traced to: one severity lower, a point to review. */
        void review(Node node, String message);
    }

    /** A rule whose check only needs the unit and somewhere to report (the small checks of a family). */
    static FileRule of(Rule rule, BiConsumer<CompilationUnit, Report> check) {
        return new JavaRule() {
            @Override
            public Rule rule() {
                return rule;
            }

            @Override
            void check(ParsedFile file, CompilationUnit unit, Consumer<Finding> findings) {
                JavaRule self = this;
                check.accept(unit, new Report() {
                    @Override
                    public void at(Node node, String message) {
                        findings.accept(self.at(file, node, message));
                    }

                    @Override
                    public void review(Node node, String message) {
                        findings.accept(FileRule.unconfirmed(self.at(file, node, message)));
                    }
                });
            }
        };
    }

    static int line(Node node) {
        return node.getBegin().map(p -> p.line).orElse(1);
    }

    /** A finding at the node's first line, with that line as evidence. */
    Finding at(ParsedFile file, Node node, String message) {
        int line = line(node);
        return finding(file, line, message, FileRule.excerpt(file.lines().get(Math.min(line, file.lines().size()) - 1)));
    }
}
