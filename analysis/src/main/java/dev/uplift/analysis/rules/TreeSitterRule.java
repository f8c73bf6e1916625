package dev.uplift.analysis.rules;

import dev.uplift.analysis.parse.ParsedFile;
import dev.uplift.analysis.parse.SyntaxTree;
import dev.uplift.model.Finding;
import dev.uplift.model.Rule;
import dev.uplift.model.TraceStep;
import org.treesitter.TSNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * File rules over a tree-sitter tree (Python, TypeScript, JavaScript): the check gets the tree and a
 * place to report nodes; files of other grammars, or without a tree, are passed over.
 */
public final class TreeSitterRule {

    /** Where a check reports: a node (its first line) and the message for it. */
    public interface Report {
        void at(TSNode node, String message);

        /**
         * A dangerous call that no untrusted input was traced to (a deliberate API, a file the developer
         * names): reported one severity lower, as a point to review rather than a vulnerability.
         */
        void review(TSNode node, String message);

        /**
         * A confirmed finding with the data flow that proves it (source first, the trackers' steps with
         * their lines); the sink itself is added as the last step.
         */
        void traced(TSNode node, String message, List<TraceStep> trace);
    }

    private TreeSitterRule() {
    }

    /** @param grammars the {@link SyntaxTree.TreeSitter#language()} values the rule reads */
    public static FileRule of(Rule rule, Set<String> grammars, BiConsumer<SyntaxTree.TreeSitter, Report> check) {
        return new FileRule() {
            @Override
            public Rule rule() {
                return rule;
            }

            @Override
            public void check(ParsedFile file, Consumer<Finding> findings) {
                if (!(file.tree() instanceof SyntaxTree.TreeSitter tree) || !grammars.contains(tree.language())) {
                    return;
                }
                check.accept(tree, new Report() {
                    @Override
                    public void at(TSNode node, String message) {
                        int line = node.getStartPoint().getRow() + 1;
                        findings.accept(finding(file, line, message, FileRule.excerpt(file.lines().get(line - 1))));
                    }

                    @Override
                    public void traced(TSNode node, String message, List<TraceStep> trace) {
                        int line = node.getStartPoint().getRow() + 1;
                        String path = file.file().path();
                        List<TraceStep> steps = new ArrayList<>();
                        trace.forEach(t -> steps.add(new TraceStep(path, t.line(), t.note())));
                        steps.add(new TraceStep(path, line, message));
                        findings.accept(finding(file, line, message, FileRule.excerpt(file.lines().get(line - 1)))
                                .withTrace(steps));
                    }

                    @Override
                    public void review(TSNode node, String message) {
                        int line = node.getStartPoint().getRow() + 1;
                        findings.accept(FileRule.unconfirmed(finding(file, line, message,
                                FileRule.excerpt(file.lines().get(line - 1)))));
                    }
                });
            }
        };
    }
}
