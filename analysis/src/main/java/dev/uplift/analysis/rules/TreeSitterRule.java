package dev.uplift.analysis.rules;

import dev.uplift.analysis.parse.ParsedFile;
import dev.uplift.analysis.parse.SyntaxTree;
import dev.uplift.model.Finding;
import dev.uplift.model.Rule;
import org.treesitter.TSNode;

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
