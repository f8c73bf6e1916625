package dev.uplift.analysis.rules.script;

import dev.uplift.analysis.parse.SyntaxTree;
import dev.uplift.analysis.rules.NameWrites;
import dev.uplift.analysis.rules.NameWrites.Write;
import dev.uplift.model.TraceStep;
import org.treesitter.TSNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Request data in a JavaScript or TypeScript function: an expression is tainted when it mentions a
 * request source ({@code req.body}, {@code req.query}, {@code ctx.params}…) or a name assigned, earlier
 * in the same function, from a tainted value. Words inside fixed strings are text, not names. Within
 * one function and by name, as the Python tracker; a sanitising call around the value ends it.
 */
final class ScriptTaint {
    static final Pattern REQUEST = Pattern.compile("\\b(req|request)\\.(body|query|params|cookies|headers|files?|"
            + "originalUrl|url|path|param\\(|get\\(|header\\()|\\bctx\\.(request|query|params|cookies)\\b");
    private static final Pattern SANITIZED = Pattern.compile("^\\s*(parseInt|parseFloat|Number|Boolean|"
            + "encodeURIComponent|escape|validator\\.\\w+|sanitize\\w*|path\\.basename|mongoose\\.Types\\.ObjectId|"
            + "ObjectId|escapeHtml|DOMPurify\\.sanitize)\\((?s).*\\)\\s*$");
    private static final Pattern PLAIN_STRING = Pattern.compile("\"(?:\\\\.|[^\"\\\\\\n])*\"|'(?:\\\\.|[^'\\\\\\n])*'");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");
    private static final Set<String> FUNCTIONS = Set.of("function_declaration", "generator_function_declaration",
            "method_definition", "arrow_function", "function_expression", "function", "generator_function");
    private static final ThreadLocal<ScriptTaint> LAST = new ThreadLocal<>();


    private final SyntaxTree.TreeSitter tree;
    /** Per function index (-1: the module): each name's writes in document order. */
    private final Map<Integer, Map<String, List<Write>>> scopes = new HashMap<>();

    private ScriptTaint(SyntaxTree.TreeSitter tree) {
        this.tree = tree;
        for (int i : tree.nodes().indicesOf("variable_declarator")) {
            TSNode node = tree.nodes().node(i);
            write(i, node.getChildByFieldName("name"), node.getChildByFieldName("value"));
        }
        for (int i : tree.nodes().indicesOf("assignment_expression")) {
            TSNode node = tree.nodes().node(i);
            write(i, node.getChildByFieldName("left"), node.getChildByFieldName("right"));
        }
    }

    /** The taint of the tree, worked out once however many rules ask (one tree per thread at a time). */
    static ScriptTaint of(SyntaxTree.TreeSitter tree) {
        ScriptTaint last = LAST.get();
        if (last != null && last.tree == tree) {
            return last;
        }
        ScriptTaint taint = new ScriptTaint(tree);
        LAST.set(taint);
        return taint;
    }

    /** Whether the expression, inside the captured node {@code at}, carries request data. */
    boolean isTainted(int at, TSNode expression) {
        return expression != null && tainted(tree.text(expression), expression.getStartByte(), chain(at));
    }

    /** The path from the request to the expression inside {@code at}, source first (empty when untainted). */
    List<TraceStep> trace(int at, TSNode expression) {
        List<Map<String, List<Write>>> chain = chain(at);
        return NameWrites.trace(tree.text(expression), expression.getStartByte(), expression.getStartPoint().getRow() + 1,
                REQUEST, text -> PLAIN_STRING.matcher(text).replaceAll("\"\""), (name, before) -> {
                    for (Map<String, List<Write>> writes : chain) { // the nearest function that writes the name
                        List<Write> history = writes.get(name);
                        if (history != null) {
                            return NameWrites.latestBefore(history, before);
                        }
                    }
                    return null;
                });
    }

    /** The writes of the function around {@code at}, then of the functions around it: closures see them. */
    private List<Map<String, List<Write>>> chain(int at) {
        List<Map<String, List<Write>>> out = new ArrayList<>();
        for (int scope = scopeOf(at); ; scope = scopeOf(scope)) {
            out.add(scopes.getOrDefault(scope, Map.of()));
            if (scope < 0) {
                return out;
            }
        }
    }

    private void write(int at, TSNode target, TSNode value) {
        if (target == null || value == null) {
            return;
        }
        boolean tainted = tainted(tree.text(value), value.getStartByte(), chain(at));
        Map<String, List<Write>> scope = scopes.computeIfAbsent(scopeOf(at), k -> new HashMap<>());
        // a destructuring pattern ({ name, id } = req.body) taints every name in it
        Matcher names = NAME.matcher(target.getType().equals("identifier") ? tree.text(target)
                : PLAIN_STRING.matcher(tree.text(target)).replaceAll(""));
        while (names.find()) {
            scope.computeIfAbsent(names.group(), k -> new ArrayList<>()).add(new Write(target.getStartByte(), tainted,
                    target.getStartPoint().getRow() + 1, tree.text(value), value.getStartByte()));
        }
    }

    private int scopeOf(int at) {
        return tree.nodes().ancestor(at, FUNCTIONS);
    }

    private boolean tainted(String raw, int before, List<Map<String, List<Write>>> chain) {
        if (SANITIZED.matcher(raw).matches()) {
            return false;
        }
        String text = PLAIN_STRING.matcher(raw).replaceAll("\"\"");
        if (REQUEST.matcher(text).find()) {
            return true;
        }
        Matcher m = NAME.matcher(text);
        while (m.find()) {
            if (m.start() > 0 && text.charAt(m.start() - 1) == '.') {
                continue; // a property, not a name
            }
            for (Map<String, List<Write>> writes : chain) { // the nearest function that writes the name decides
                List<Write> history = writes.get(m.group());
                if (history != null) {
                    if (NameWrites.taintedBefore(history, before)) {
                        return true;
                    }
                    break;
                }
            }
        }
        return false;
    }
}
