package dev.uplift.analysis.rules.script;

import dev.uplift.analysis.parse.SyntaxTree;
import dev.uplift.analysis.parse.TreeSitter;
import dev.uplift.analysis.rules.FileRule;
import dev.uplift.analysis.rules.TreeSitterRule;
import dev.uplift.model.Category;
import dev.uplift.model.Rule;
import dev.uplift.model.Severity;
import org.treesitter.TSLanguage;
import org.treesitter.TSNode;
import org.treesitter.TSQuery;
import org.treesitter.TSQueryCapture;
import org.treesitter.TSQueryCursor;
import org.treesitter.TSQueryMatch;
import org.treesitter.TreeSitterJavascript;
import org.treesitter.TreeSitterTsx;
import org.treesitter.TreeSitterTypescript;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * TypeScript and JavaScript rules on the tree-sitter tree: HTML written from variables
 * ({@code dangerouslySetInnerHTML}, {@code innerHTML}, {@code document.write}), code run from data
 * ({@code eval}, {@code new Function}), and React effects without a dependency array. The nodes they
 * look at are found once per file by a query in native code.
 */
public final class ScriptRules {
    public static final Rule XSS = new Rule("SEC-JS-XSS", "HTML from variables (TypeScript/JavaScript)",
            Category.SECURITY, Severity.CRITICAL, 45, 79,
            "Markup built from a variable is written into the page (dangerouslySetInnerHTML, innerHTML, outerHTML, "
                    + "document.write), so data can run as script.",
            "Render text through JSX or textContent; if HTML is needed, sanitise it first (DOMPurify).");
    public static final Rule CODE = new Rule("SEC-JS-CODE-INJECTION", "Code run from data (TypeScript/JavaScript)",
            Category.SECURITY, Severity.CRITICAL, 45, 95,
            "eval() or new Function() runs a string that is not written out in the code.",
            "Parse data with JSON.parse and dispatch on it; never run it.");
    public static final Rule EFFECT = new Rule("PERF-REACT-EFFECT-NO-DEPS", "React effects without dependencies",
            Category.PERFORMANCE, Severity.MAJOR, 20, null,
            "useEffect or useLayoutEffect has no dependency array, so it runs after every render (and refetches, "
                    + "or loops when it sets state).",
            "Pass the values the effect reads as its dependency array ([] to run once).");

    private static final Set<String> EFFECTS = Set.of("useEffect", "useLayoutEffect", "React.useEffect",
            "React.useLayoutEffect");
    private static final String NODES = "(call_expression) (assignment_expression) (new_expression)";
    private static final Map<String, ThreadLocal<TSQuery>> QUERIES = Map.of(
            "typescript", query(TreeSitterTypescript::new, NODES),
            "tsx", query(TreeSitterTsx::new, NODES + " (jsx_attribute)"),
            "javascript", query(TreeSitterJavascript::new, NODES + " (jsx_attribute)"));
    /** The nodes of the last tree read on this thread: the script rules run one after another on a file. */
    private static final ThreadLocal<Nodes> LAST = new ThreadLocal<>();

    private record Nodes(SyntaxTree.TreeSitter tree, List<TSNode> nodes) {
    }

    private ScriptRules() {
    }

    private static ThreadLocal<TSQuery> query(Supplier<TSLanguage> language, String nodes) {
        return ThreadLocal.withInitial(() -> new TSQuery(language.get(), "[" + nodes + "] @node"));
    }

    public static List<FileRule> all() {
        return List.of(rule(XSS, ScriptRules::xss), rule(CODE, ScriptRules::code), rule(EFFECT, ScriptRules::effect));
    }

    /** A rule that checks every node the query found in a TypeScript or JavaScript file. */
    private static FileRule rule(Rule rule, Check check) {
        return TreeSitterRule.of(rule, QUERIES.keySet(), (tree, report) -> nodes(tree)
                .forEach(node -> check.check(tree, node, report)));
    }

    private interface Check {
        void check(SyntaxTree.TreeSitter tree, TSNode node, TreeSitterRule.Report report);
    }

    private static List<TSNode> nodes(SyntaxTree.TreeSitter tree) {
        Nodes last = LAST.get();
        if (last != null && last.tree() == tree) {
            return last.nodes();
        }
        List<TSNode> out = new ArrayList<>();
        try (TSQueryCursor cursor = new TSQueryCursor()) {
            cursor.exec(QUERIES.get(tree.language()).get(), tree.root());
            TSQueryMatch match = new TSQueryMatch();
            while (cursor.nextMatch(match)) {
                for (TSQueryCapture capture : match.getCaptures()) {
                    out.add(capture.getNode());
                }
            }
        }
        LAST.set(new Nodes(tree, out));
        return out;
    }

    /** A string written out in full: a quoted string, or a template without ${…}. */
    private static boolean isPlainString(TSNode node) {
        if (node.getType().equals("string")) {
            return true;
        }
        return node.getType().equals("template_string") && TreeSitter.namedChildren(node).stream()
                .noneMatch(c -> c.getType().equals("template_substitution"));
    }

    private static List<TSNode> arguments(TSNode call) {
        return TreeSitter.namedChildren(call.getChildByFieldName("arguments")).stream()
                .filter(a -> !a.getType().equals("comment")).toList();
    }

    private static void xss(SyntaxTree.TreeSitter tree, TSNode node, TreeSitterRule.Report report) {
        switch (node.getType()) {
            case "jsx_attribute" -> {
                List<TSNode> parts = TreeSitter.namedChildren(node);
                if (parts.size() == 2 && tree.text(parts.get(0)).equals("dangerouslySetInnerHTML")) {
                    TSNode html = htmlValue(tree, parts.get(1));
                    if (html == null || !isPlainString(html)) {
                        report.at(node, "dangerouslySetInnerHTML with markup that is not a fixed string");
                    }
                }
            }
            case "assignment_expression" -> {
                TSNode left = node.getChildByFieldName("left");
                TSNode right = node.getChildByFieldName("right");
                String property = left.getType().equals("member_expression")
                        ? tree.text(left.getChildByFieldName("property")) : "";
                if ((property.equals("innerHTML") || property.equals("outerHTML")) && !isPlainString(right)) {
                    report.at(node, property + " set from a value that is not a fixed string");
                }
            }
            case "call_expression" -> {
                String callee = tree.text(node.getChildByFieldName("function"));
                List<TSNode> args = arguments(node);
                if ((callee.equals("document.write") || callee.equals("document.writeln")) && !args.isEmpty()
                        && !isPlainString(args.get(0))) {
                    report.at(node, callee + "() with markup that is not a fixed string");
                }
            }
            default -> {
            }
        }
    }

    /** The __html value in {{ __html: … }}, or null when the attribute's value has another shape. */
    private static TSNode htmlValue(SyntaxTree.TreeSitter tree, TSNode expression) {
        List<TSNode> inner = TreeSitter.namedChildren(expression);
        if (inner.size() != 1 || !inner.get(0).getType().equals("object")) {
            return null;
        }
        for (TSNode pair : TreeSitter.namedChildren(inner.get(0))) {
            if (pair.getType().equals("pair") && tree.text(pair.getChildByFieldName("key")).equals("__html")) {
                return pair.getChildByFieldName("value");
            }
        }
        return null;
    }

    private static void code(SyntaxTree.TreeSitter tree, TSNode node, TreeSitterRule.Report report) {
        String kind = node.getType();
        if (!kind.equals("call_expression") && !kind.equals("new_expression")) {
            return;
        }
        String callee = tree.text(node.getChildByFieldName(kind.equals("call_expression") ? "function" : "constructor"));
        List<TSNode> args = arguments(node);
        boolean runs = kind.equals("call_expression") ? callee.equals("eval") : callee.equals("Function");
        if (runs && !args.isEmpty() && !isPlainString(args.get(args.size() - 1))) {
            report.at(node, (kind.equals("new_expression") ? "new Function" : "eval") + "() runs a string built at run time");
        }
    }

    private static void effect(SyntaxTree.TreeSitter tree, TSNode node, TreeSitterRule.Report report) {
        if (node.getType().equals("call_expression")
                && EFFECTS.contains(tree.text(node.getChildByFieldName("function"))) && arguments(node).size() == 1) {
            report.at(node, tree.text(node.getChildByFieldName("function")) + " without a dependency array runs after every render");
        }
    }
}
