package dev.uplift.analysis.rules.python;

import dev.uplift.analysis.parse.SyntaxTree;
import dev.uplift.model.Rule;
import dev.uplift.analysis.rules.TreeSitterRule;
import dev.uplift.analysis.rules.FileRule;
import dev.uplift.analysis.parse.TreeSitter;
import org.treesitter.TSNode;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.Optional;

/**
 * The calls of a Python tree with what the rules ask of them: the callee as written
 * ({@code subprocess.run}), positional arguments, keyword arguments, and whether a value is built at run
 * time (an f-string with a placeholder, {@code %}, {@code +} or {@code .format} on a string) rather than
 * written out. Walks without recursion.
 */
final class PythonCalls {
    /** One call: its node, callee text, positional argument nodes and keyword arguments. */
    static final class Call {
        private final int index;
        private final TSNode node;
        private final String callee;
        private List<TSNode> positional;
        private List<TSNode> keywords;

        Call(int index, TSNode node, String callee) {
            this.index = index;
            this.node = node;
            this.callee = callee;
        }

        TSNode node() {
            return node;
        }

        /** Its index among the nodes the front end captured ({@link SyntaxTree.TreeSitter#nodes()}). */
        int index() {
            return index;
        }

        String callee() {
            return callee;
        }

        List<TSNode> positional() {
            readArguments();
            return positional;
        }

        List<TSNode> keywords() {
            readArguments();
            return keywords;
        }

        /** Read when a rule first asks: most calls are ruled out by their callee alone. */
        private void readArguments() {
            if (positional != null) {
                return;
            }
            positional = new ArrayList<>();
            keywords = new ArrayList<>();
            for (TSNode a : TreeSitter.namedChildren(node.getChildByFieldName("arguments"))) {
                if (a.getType().equals("keyword_argument")) {
                    keywords.add(a);
                } else if (!a.getType().equals("comment")) {
                    positional.add(a);
                }
            }
        }
    }

    /** The calls of the last tree read on this thread: the Python rules run one after another on a file. */
    private static final ThreadLocal<Calls> LAST = new ThreadLocal<>();

    private record Calls(SyntaxTree.TreeSitter tree, List<Call> calls) {
    }

    private PythonCalls() {
    }

    /** A check of one call of a Python file. */
    interface Check {
        void check(SyntaxTree.TreeSitter tree, Call call, TreeSitterRule.Report report);
    }

    /** A rule that checks every call of a Python file (files without a tree are left to the line rules). */
    static FileRule rule(Rule rule, Check check) {
        return TreeSitterRule.of(rule, Set.of("python"), (tree, report) -> of(tree)
                .forEach(call -> check.check(tree, call, report)));
    }

    /** Every call in the tree, read once per file however many rules ask (each node read costs a native call). */
    static List<Call> of(SyntaxTree.TreeSitter tree) {
        Calls last = LAST.get();
        if (last != null && last.tree() == tree) {
            return last.calls();
        }
        List<Call> calls = read(tree);
        LAST.set(new Calls(tree, calls));
        return calls;
    }

    /** The calls the front end's query captured. */
    private static List<Call> read(SyntaxTree.TreeSitter tree) {
        List<Call> out = new ArrayList<>();
        for (int i : tree.nodes().indicesOf("call")) {
            TSNode node = tree.nodes().node(i);
            out.add(new Call(i, node, tree.text(node.getChildByFieldName("function"))));
        }
        return out;
    }

    /** The value of a keyword argument, if the call has it. */
    static Optional<TSNode> keyword(SyntaxTree.TreeSitter tree, Call call, String name) {
        for (TSNode k : call.keywords()) {
            if (tree.text(k.getChildByFieldName("name")).equals(name)) {
                return Optional.of(k.getChildByFieldName("value"));
            }
        }
        return Optional.empty();
    }

    /** A string written out in full: no placeholders, no concatenation. */
    static boolean isPlainString(TSNode node) {
        if (!node.getType().equals("string")) {
            return false;
        }
        for (TSNode part : TreeSitter.namedChildren(node)) {
            if (part.getType().equals("interpolation")) {
                return false;
            }
        }
        return true;
    }

    /**
     * A string built at run time: an f-string with a placeholder, {@code "…" % x}, {@code "…" + x} or
     * {@code "…".format(x)}; a name counts when the function assigns it such a value.
     */
    static boolean isBuiltString(SyntaxTree.TreeSitter tree, TSNode node) {
        return switch (node.getType()) {
            case "string" -> !isPlainString(node);
            case "binary_operator" -> {
                String op = tree.text(node.getChildByFieldName("operator"));
                TSNode left = node.getChildByFieldName("left");
                TSNode right = node.getChildByFieldName("right");
                yield (op.equals("%") || op.equals("+")) && leftmost(node).getType().equals("string")
                        && !(isConstant(left) && isConstant(right));
            }
            case "call" -> {
                TSNode function = node.getChildByFieldName("function");
                yield function.getType().equals("attribute") && tree.text(function.getChildByFieldName("attribute"))
                        .equals("format") && function.getChildByFieldName("object").getType().equals("string");
            }
            case "identifier" -> assignedABuiltString(tree, node);
            case "parenthesized_expression" -> node.getNamedChildCount() == 1 && isBuiltString(tree, node.getNamedChild(0));
            default -> false;
        };
    }

    private static TSNode leftmost(TSNode node) {
        TSNode n = node;
        while (n.getType().equals("binary_operator")) {
            n = n.getChildByFieldName("left");
        }
        return n;
    }

    /** A plain string, or plain strings joined by + (still written out in full). */
    private static boolean isConstant(TSNode node) {
        if (node.getType().equals("binary_operator")) {
            return isConstant(node.getChildByFieldName("left")) && isConstant(node.getChildByFieldName("right"));
        }
        return isPlainString(node) || node.getType().equals("integer") || node.getType().equals("float");
    }

    /** Whether the enclosing function (or module) assigns the name a string built at run time. */
    private static boolean assignedABuiltString(SyntaxTree.TreeSitter tree, TSNode name) {
        String variable = tree.text(name);
        TSNode scope = name.getParent();
        while (scope != null && !scope.isNull() && !scope.getType().equals("function_definition")
                && !scope.getType().equals("module")) {
            scope = scope.getParent();
        }
        if (scope == null || scope.isNull()) {
            return false;
        }
        Deque<TSNode> stack = new ArrayDeque<>();
        stack.push(scope);
        while (!stack.isEmpty()) {
            TSNode node = stack.pop();
            if (node.getType().equals("assignment") && node.getStartByte() < name.getStartByte()
                    && tree.text(node.getChildByFieldName("left")).equals(variable)) {
                TSNode right = node.getChildByFieldName("right");
                if (right != null && !right.isNull() && !right.getType().equals("identifier") && isBuiltString(tree, right)) {
                    return true;
                }
            }
            List<TSNode> children = TreeSitter.namedChildren(node);
            for (int i = children.size() - 1; i >= 0; i--) {
                stack.push(children.get(i));
            }
        }
        return false;
    }
}
