package dev.uplift.analysis.rules.python;

import dev.uplift.analysis.parse.SyntaxTree;
import dev.uplift.analysis.parse.TreeNodes;
import dev.uplift.analysis.rules.NameWrites;
import dev.uplift.analysis.rules.NameWrites.Write;
import dev.uplift.model.TraceStep;
import org.treesitter.TSNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which names hold request data or input at a point of a Python function: data flows from a source
 * (Flask/Django/FastAPI request fields, {@code input()}, {@code sys.argv}, the environment, the
 * parameters of a route handler) through assignments, in order; a sanitizer ({@code int()},
 * {@code secure_filename()}, {@code os.path.basename()}, {@code shlex.quote()}…) or a new value that
 * mentions no tainted name ends it. Within one function, as the issue asks; names only (no fields).
 */
final class PythonTaint {
    private static final Pattern REQUEST = Pattern.compile("\\brequest\\.(args|form|values|json|files|cookies|headers|"
            + "data|GET|POST|FILES|COOKIES|META|query_params|path_params|body|get_json|query_string)\\b");
    private static final Pattern ANY_INPUT = Pattern.compile(REQUEST.pattern()
            + "|\\binput\\(|\\bsys\\.argv\\b|\\bos\\.environ\\b|\\bos\\.getenv\\(");

    /**
     * Which sources count: a path from the environment or the command line is how programs are
     * configured, so path rules take only request data; commands and code take any input.
     */
    enum Sources {
        REQUEST, ANY_INPUT,
        /** Not a source of data but of shape: a string built with an f-string, %, + or .format(). */
        BUILT_STRING
    }

    private static final Pattern BUILT_STRING = Pattern.compile("(?<![A-Za-z_0-9])[fF][rR]?[\"']|[\"']\\s*%\\s*[(\\w]"
            + "|[\"']\\s*\\+|\\+\\s*[\"']|[\"']\\.format\\(");
    private static final Pattern SANITIZED = Pattern.compile("^\\s*(int|float|bool|uuid\\.UUID|os\\.path\\.basename|"
            + "secure_filename|werkzeug\\.utils\\.secure_filename|safe_join|shlex\\.quote|html\\.escape|escape|"
            + "bleach\\.clean|len)\\((?s).*\\)\\s*$"
            // a row read back from the database is the database's data, not the request's
            + "|(?s)^.*\\.(fetchone|fetchall|fetchmany|first|one|one_or_none|scalar|scalar_one|all)\\(\\)\\s*$");
    private static final Pattern ROUTE = Pattern.compile("@\\w+(\\.\\w+)*\\.(route|get|post|put|patch|delete)\\(");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    /** A string literal without interpolation (not an f-string): its words are text, not variables. */
    private static final Pattern PLAIN_STRING = Pattern.compile("(?<![A-Za-z_0-9])"
            + "(\"\"\"(?s:.*?)\"\"\"|'''(?s:.*?)'''|\"(?:\\\\.|[^\"\\\\\\n])*\"|'(?:\\\\.|[^'\\\\\\n])*')");
    private static final ThreadLocal<Map<Sources, PythonTaint>> LAST = ThreadLocal.withInitial(HashMap::new);


    private final SyntaxTree.TreeSitter tree;
    private final Pattern source;
    /** Per function (index, or -1 for the module): each name's writes in order. */
    private final Map<Integer, Map<String, List<Write>>> scopes = new HashMap<>();
    private Map<Integer, List<Integer>> assignmentsByScope;

    private PythonTaint(SyntaxTree.TreeSitter tree, Sources sources) {
        this.tree = tree;
        this.source = switch (sources) {
            case REQUEST -> REQUEST;
            case ANY_INPUT -> ANY_INPUT;
            case BUILT_STRING -> BUILT_STRING;
        };
    }

    /** The taint of the tree, worked out once however many rules ask (one tree per thread at a time). */
    private static PythonTaint of(SyntaxTree.TreeSitter tree, Sources sources) {
        PythonTaint last = LAST.get().get(sources);
        if (last != null && last.tree == tree) {
            return last;
        }
        PythonTaint taint = new PythonTaint(tree, sources);
        LAST.get().put(sources, taint);
        return taint;
    }

    /** The path from the source to the expression used at {@code at}, source first (empty when untainted). */
    static List<TraceStep> trace(SyntaxTree.TreeSitter tree, int at, TSNode expression, Sources sources) {
        PythonTaint taint = of(tree, sources);
        Map<String, List<Write>> writes = taint.writes(tree.nodes().ancestor(at, Set.of("function_definition")));
        return NameWrites.trace(tree.text(expression), expression.getStartByte(),
                expression.getStartPoint().getRow() + 1, taint.source,
                text -> PLAIN_STRING.matcher(text).replaceAll("\"\""),
                (name, before) -> NameWrites.latestBefore(writes.getOrDefault(name, List.of()), before));
    }

    /** Whether the expression, used at the captured node {@code at}, carries data from these sources. */
    static boolean isTainted(SyntaxTree.TreeSitter tree, int at, TSNode expression, Sources sources) {
        return of(tree, sources).isTainted(at, expression);
    }

    private boolean isTainted(int at, TSNode expression) {
        int scope = tree.nodes().ancestor(at, Set.of("function_definition"));
        return tainted(tree.text(expression), expression.getStartByte(), writes(scope));
    }

    private boolean tainted(String raw, int before, Map<String, List<Write>> writes) {
        if (SANITIZED.matcher(raw).matches()) {
            return false;
        }
        String text = PLAIN_STRING.matcher(raw).replaceAll("\"\""); // words in a fixed string are no names
        if (source.matcher(text).find()) {
            return true;
        }
        Matcher m = NAME.matcher(text);
        while (m.find()) {
            if (m.start() > 0 && text.charAt(m.start() - 1) == '.') {
                continue; // an attribute, not a name
            }
            List<Write> history = writes.get(m.group());
            if (history != null && NameWrites.taintedBefore(history, before)) {
                return true;
            }
        }
        return false;
    }

    /** The writes of one function in source order: route parameters first, then each assignment. */
    private Map<String, List<Write>> writes(int scope) {
        Map<String, List<Write>> cached = scopes.get(scope);
        if (cached != null) {
            return cached;
        }
        Map<String, List<Write>> writes = new HashMap<>();
        TreeNodes nodes = tree.nodes();
        if (scope >= 0) {
            int line = nodes.node(scope).getStartPoint().getRow() + 1;
            routeParameters(nodes.node(scope)).forEach(p -> writes.computeIfAbsent(p, k -> new ArrayList<>())
                    .add(new Write(nodes.start(scope), true, line, null, 0)));
        }
        for (int i : assignmentsByScope().getOrDefault(scope, List.of())) {
            TSNode node = nodes.node(i);
            TSNode right = node.getChildByFieldName("right");
            if (right == null || right.isNull()) {
                continue; // a bare annotation
            }
            boolean tainted = tainted(tree.text(right), nodes.start(i), writes);
            for (String target : targets(tree.text(node.getChildByFieldName("left")))) {
                writes.computeIfAbsent(target, k -> new ArrayList<>()).add(new Write(nodes.end(i), tainted,
                        node.getStartPoint().getRow() + 1, tree.text(right), right.getStartByte()));
            }
        }
        scopes.put(scope, writes);
        return writes;
    }

    /** Each function's assignments (-1: the module's), grouped once for all the scopes a file asks about. */
    private Map<Integer, List<Integer>> assignmentsByScope() {
        if (assignmentsByScope == null) {
            assignmentsByScope = new HashMap<>();
            TreeNodes nodes = tree.nodes();
            for (int i : nodes.indicesOf("assignment")) {
                assignmentsByScope.computeIfAbsent(nodes.ancestor(i, Set.of("function_definition")),
                        k -> new ArrayList<>()).add(i);
            }
        }
        return assignmentsByScope;
    }

    /** The names an assignment binds: {@code a}, or each of {@code a, b} / {@code (a, b)}. */
    private static Set<String> targets(String left) {
        Set<String> names = new HashSet<>();
        for (String part : left.replaceAll("[()\\[\\]]", "").split(",")) {
            String name = part.strip();
            if (NAME.matcher(name).matches()) {
                names.add(name);
            }
        }
        return names;
    }

    /** The parameters of a Flask/FastAPI route handler: the path's parts come from the URL. */
    private Set<String> routeParameters(TSNode function) {
        TSNode parent = function.getParent();
        if (parent == null || parent.isNull() || !parent.getType().equals("decorated_definition")
                || !ROUTE.matcher(tree.text(parent)).find()) {
            return Set.of();
        }
        Set<String> names = new HashSet<>();
        String parameters = tree.text(function.getChildByFieldName("parameters"));
        for (String p : parameters.replaceAll("^\\(|\\)$", "").split(",")) {
            String name = p.strip().replaceAll("[:=].*", "").strip();
            if (NAME.matcher(name).matches() && !name.equals("self") && !name.equals("request")) {
                names.add(name);
            }
        }
        return names;
    }
}
