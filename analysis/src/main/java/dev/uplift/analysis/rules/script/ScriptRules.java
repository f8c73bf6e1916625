package dev.uplift.analysis.rules.script;

import dev.uplift.analysis.parse.SyntaxTree;
import dev.uplift.analysis.parse.TreeSitter;
import dev.uplift.analysis.rules.FileRule;
import dev.uplift.analysis.rules.TreeSitterRule;
import dev.uplift.model.Category;
import dev.uplift.model.Rule;
import dev.uplift.model.Severity;
import org.treesitter.TSNode;

import java.util.List;
import java.util.Set;

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
    private static final Set<String> GRAMMARS = Set.of("typescript", "tsx", "javascript");

    private ScriptRules() {
    }

    public static List<FileRule> all() {
        return List.of(
                rule(XSS, (tree, report) -> {
                    each(tree, "jsx_attribute", report, ScriptRules::dangerousHtml);
                    each(tree, "assignment_expression", report, ScriptRules::innerHtml);
                    each(tree, "call_expression", report, ScriptRules::documentWrite);
                }),
                rule(CODE, (tree, report) -> {
                    each(tree, "call_expression", report, ScriptRules::eval);
                    each(tree, "new_expression", report, ScriptRules::newFunction);
                }),
                rule(EFFECT, (tree, report) -> each(tree, "call_expression", report, ScriptRules::effect)));
    }

    private static FileRule rule(Rule rule, java.util.function.BiConsumer<SyntaxTree.TreeSitter, TreeSitterRule.Report> check) {
        return TreeSitterRule.of(rule, GRAMMARS, check);
    }

    /** Runs the check on every node of this type the front end's query captured. */
    static void each(SyntaxTree.TreeSitter tree, String type, TreeSitterRule.Report report, Check check) {
        for (TSNode node : tree.nodes().ofType(type)) {
            check.check(tree, node, report);
        }
    }

    interface Check {
        void check(SyntaxTree.TreeSitter tree, TSNode node, TreeSitterRule.Report report);
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

    private static void dangerousHtml(SyntaxTree.TreeSitter tree, TSNode node, TreeSitterRule.Report report) {
        List<TSNode> parts = TreeSitter.namedChildren(node);
        if (parts.size() == 2 && tree.text(parts.get(0)).equals("dangerouslySetInnerHTML")) {
            TSNode html = htmlValue(tree, parts.get(1));
            if (html == null || !isPlainString(html)) {
                report.at(node, "dangerouslySetInnerHTML with markup that is not a fixed string");
            }
        }
    }

    private static void innerHtml(SyntaxTree.TreeSitter tree, TSNode node, TreeSitterRule.Report report) {
        TSNode left = node.getChildByFieldName("left");
        TSNode right = node.getChildByFieldName("right");
        String property = left.getType().equals("member_expression")
                ? tree.text(left.getChildByFieldName("property")) : "";
        if ((property.equals("innerHTML") || property.equals("outerHTML")) && !isPlainString(right)) {
            report.at(node, property + " set from a value that is not a fixed string");
        }
    }

    private static void documentWrite(SyntaxTree.TreeSitter tree, TSNode node, TreeSitterRule.Report report) {
        String callee = tree.text(node.getChildByFieldName("function"));
        if (callee.equals("document.write") || callee.equals("document.writeln")) {
            List<TSNode> args = arguments(node);
            if (!args.isEmpty() && !isPlainString(args.get(0))) {
                report.at(node, callee + "() with markup that is not a fixed string");
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

    private static void eval(SyntaxTree.TreeSitter tree, TSNode node, TreeSitterRule.Report report) {
        if (tree.text(node.getChildByFieldName("function")).equals("eval")) {
            List<TSNode> args = arguments(node);
            if (!args.isEmpty() && ScriptTaint.of(tree).isTainted(tree.nodes().indexOf(node), args.get(0))) {
                report.traced(node, "eval() runs request data", ScriptTaint.of(tree).trace(tree.nodes().indexOf(node),
                        args.get(0)));
            } else if (!args.isEmpty() && !isPlainString(args.get(0))) {
                report.review(node, "eval() runs a string built at run time");
            }
        }
    }

    private static void newFunction(SyntaxTree.TreeSitter tree, TSNode node, TreeSitterRule.Report report) {
        if (tree.text(node.getChildByFieldName("constructor")).equals("Function")) {
            List<TSNode> args = arguments(node);
            if (!args.isEmpty() && !isPlainString(args.get(args.size() - 1))) {
                report.at(node, "new Function() runs a string built at run time");
            }
        }
    }

    private static void effect(SyntaxTree.TreeSitter tree, TSNode node, TreeSitterRule.Report report) {
        if (EFFECTS.contains(tree.text(node.getChildByFieldName("function"))) && arguments(node).size() == 1) {
            report.at(node, tree.text(node.getChildByFieldName("function")) + " without a dependency array runs after every render");
        }
    }
}
