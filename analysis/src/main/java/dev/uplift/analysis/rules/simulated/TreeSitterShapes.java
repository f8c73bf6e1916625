package dev.uplift.analysis.rules.simulated;

import dev.uplift.analysis.parse.SyntaxTree;
import dev.uplift.analysis.parse.TreeNodes;
import dev.uplift.analysis.parse.TreeSitter;
import org.treesitter.TSNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the named functions of a Python, TypeScript or JavaScript tree into {@link FunctionShape}s,
 * from the nodes the front end's one query captured: a single pass hands every return, call,
 * assignment and comment to the function it belongs to. Calls inside an anonymous callback belong to
 * the named function around it ({@code new Promise(r => setTimeout(r, 500))}); returns do not.
 */
final class TreeSitterShapes {

    /** What differs between the grammars. */
    private record Grammar(Set<String> functions, Set<String> named, Set<String> classes, Set<String> loops,
                           Set<String> handlers, Set<String> calls, Set<String> assignments, boolean python) {
    }

    private static final Grammar PYTHON = new Grammar(Set.of("function_definition", "lambda"), Set.of("function_definition"),
            Set.of("class_definition"), Set.of("for_statement", "while_statement", "list_comprehension",
            "set_comprehension", "dictionary_comprehension", "generator_expression"), Set.of("except_clause"),
            Set.of("call"), Set.of("assignment"), true);
    private static final Grammar SCRIPT = new Grammar(Set.of("function_declaration", "generator_function_declaration",
            "method_definition", "arrow_function", "function_expression", "function", "generator_function"),
            Set.of("function_declaration", "generator_function_declaration", "method_definition", "arrow_function",
                    "function_expression", "function"),
            Set.of("class_declaration", "abstract_class_declaration"), Set.of("for_statement", "for_in_statement",
            "while_statement", "do_statement"), Set.of("catch_clause"), Set.of("call_expression", "new_expression"),
            Set.of("variable_declarator", "assignment_expression"), false);
    private static final Set<String> VALUE_HOLDERS = Set.of("variable_declarator", "pair", "public_field_definition",
            "field_definition", "assignment_expression");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][\\w$]*");
    private static final Set<String> NOT_PARAMETERS = Set.of("self", "cls", "this", "private", "public", "protected",
            "readonly", "override");

    private TreeSitterShapes() {
    }

    /** One function being read. */
    private static final class Building {
        final TSNode node;
        final String name;
        final String owner;
        final boolean declaration;
        final int headerEndRow;
        final List<String> comments = new ArrayList<>();
        final List<int[]> commentRanges = new ArrayList<>();
        final List<FunctionShape.Returned> returns = new ArrayList<>();
        final List<FunctionShape.Call> calls = new ArrayList<>();
        final Map<String, String> locals = new LinkedHashMap<>();

        Building(TSNode node, String name, String owner, boolean declaration, int headerEndRow) {
            this.node = node;
            this.headerEndRow = headerEndRow;
            this.name = name;
            this.owner = owner;
            this.declaration = declaration;
        }
    }

    /** The named functions of the tree that the candidates accept, as shapes. */
    static List<FunctionShape> read(SyntaxTree.TreeSitter tree, Candidates candidates) {
        Grammar g = tree.language().equals("python") ? PYTHON : SCRIPT;
        TreeNodes nodes = tree.nodes();
        Map<Integer, Building> functions = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            if (g.named().contains(nodes.type(i))) {
                Building b = start(tree, g, i, candidates);
                if (b != null) {
                    functions.put(i, b);
                }
            }
        }
        if (functions.isEmpty()) {
            return List.of();
        }
        List<Integer> read = new ArrayList<>(functions.keySet());
        Collections.sort(read);
        int done = -1; // nodes of nested functions are passed once
        for (int f : read) {
            for (int i = Math.max(f + 1, done + 1); i < nodes.size() && nodes.start(i) < nodes.end(f); i++) {
                collect(tree, g, nodes, functions, i);
                done = i;
            }
        }
        List<FunctionShape> out = new ArrayList<>(functions.size());
        for (Building b : functions.values()) {
            out.add(finish(tree, g, b));
        }
        out.sort(Comparator.comparingInt(FunctionShape::line));
        return out;
    }

    /** Hands the node to the function it belongs to, when it is a return, call, assignment or comment. */
    private static void collect(SyntaxTree.TreeSitter tree, Grammar g, TreeNodes nodes, Map<Integer, Building> functions,
                                int i) {
        String type = nodes.type(i);
        boolean ret = type.equals("return_statement");
        boolean call = g.calls().contains(type);
        boolean assignment = g.assignments().contains(type);
        boolean comment = type.equals("comment");
        if (!ret && !call && !assignment && !comment) {
            return;
        }
        int owner = ret || assignment ? nodes.ancestor(i, g.functions()) : namedOwner(nodes, i, g, functions);
        Building b = functions.get(owner);
        if (b == null) {
            return;
        }
        TSNode node = nodes.node(i);
        if (ret) {
            b.returns.add(new FunctionShape.Returned(tree.text(node).replaceFirst("^return\\b", "").strip(),
                    nodes.enclosing(i, g.handlers(), g.functions()) >= 0));
        } else if (call) {
            TSNode callee = node.getChildByFieldName(type.equals("new_expression") ? "constructor" : "function");
            String name = (type.equals("new_expression") ? "new " : "") + tree.text(callee);
            b.calls.add(new FunctionShape.Call(name, tree.text(node), nodes.enclosing(i, g.loops(), g.functions()) >= 0));
        } else if (assignment) {
            assign(tree, node, type, b.locals);
        } else if (node.getStartPoint().getRow() > b.headerEndRow) { // in the body, not beside the signature
            b.comments.add(tree.text(node));
            b.commentRanges.add(new int[] {nodes.start(i), nodes.end(i)});
        }
    }

    /** The nearest named function around the node, through anonymous callbacks; -1 when none is read. */
    private static int namedOwner(TreeNodes nodes, int i, Grammar g, Map<Integer, Building> functions) {
        for (int p = nodes.parent(i); p >= 0; p = nodes.parent(p)) {
            if (functions.containsKey(p)) {
                return p;
            }
            if (g.named().contains(nodes.type(p)) && !nodes.type(p).equals("arrow_function")
                    && !nodes.type(p).equals("function_expression") && !nodes.type(p).equals("function")) {
                return -1; // a named function that is not read (its text said nothing worth judging)
            }
        }
        return -1;
    }

    private static Building start(SyntaxTree.TreeSitter tree, Grammar g, int i, Candidates candidates) {
        TreeNodes nodes = tree.nodes();
        TSNode node = nodes.node(i);
        if (!candidates.worthReading(node.getStartPoint().getRow() + 1, node.getEndPoint().getRow() + 1)) {
            return null; // tested first: most functions end here, before any name is read
        }
        String name = name(tree, g, node, nodes.type(i));
        if (name == null || name.isEmpty()) {
            return null; // an anonymous callback: part of the function around it
        }
        int cls = nodes.ancestor(i, g.classes());
        String owner = cls < 0 ? "" : tree.text(nodes.node(cls).getChildByFieldName("name"));
        boolean declaration = false;
        if (g.python()) {
            TSNode parent = node.getParent();
            String decorators = parent != null && !parent.isNull() && parent.getType().equals("decorated_definition")
                    ? tree.text(parent).substring(0, Math.max(0, node.getStartByte() - parent.getStartByte())) : "";
            declaration = decorators.contains("abstractmethod") || decorators.contains("overload")
                    || cls >= 0 && isProtocol(tree, nodes.node(cls));
        }
        TSNode body = node.getChildByFieldName("body");
        if (body == null || body.isNull()) {
            return null;
        }
        return new Building(node, name, owner, declaration, headerEndRow(node));
    }

    /** The last row of the signature: comments after it are the body's. */
    private static int headerEndRow(TSNode function) {
        for (String field : new String[] {"return_type", "parameters", "parameter"}) {
            TSNode n = function.getChildByFieldName(field);
            if (n != null && !n.isNull()) {
                return n.getEndPoint().getRow();
            }
        }
        return function.getStartPoint().getRow();
    }

    private static boolean isProtocol(SyntaxTree.TreeSitter tree, TSNode cls) {
        TSNode bases = cls.getChildByFieldName("superclasses");
        return bases != null && !bases.isNull() && tree.text(bases).matches("(?s).*\\b(Protocol|ABC|Interface)\\b.*");
    }

    /** The function's name, or null for an anonymous function. */
    private static String name(SyntaxTree.TreeSitter tree, Grammar g, TSNode node, String type) {
        if (g.python() || !type.equals("arrow_function") && !type.equals("function_expression") && !type.equals("function")) {
            TSNode name = node.getChildByFieldName("name");
            return name == null || name.isNull() ? null : tree.text(name);
        }
        TSNode holder = node.getParent();
        if (holder == null || holder.isNull() || !VALUE_HOLDERS.contains(holder.getType())) {
            return null;
        }
        TSNode name = switch (holder.getType()) {
            case "pair" -> holder.getChildByFieldName("key");
            case "assignment_expression" -> holder.getChildByFieldName("left");
            case "field_definition" -> holder.getChildByFieldName("property");
            default -> holder.getChildByFieldName("name");
        };
        if (name == null || name.isNull()) {
            return null;
        }
        String text = tree.text(name);
        return text.substring(text.lastIndexOf('.') + 1).replaceAll("^[\"']|[\"']$", "");
    }

    private static void assign(SyntaxTree.TreeSitter tree, TSNode node, String type, Map<String, String> locals) {
        boolean declarator = type.equals("variable_declarator");
        TSNode left = node.getChildByFieldName(declarator ? "name" : "left");
        TSNode right = node.getChildByFieldName(declarator ? "value" : "right");
        if (left == null || left.isNull() || right == null || right.isNull()) {
            return;
        }
        String name = tree.text(left);
        if (IDENTIFIER.matcher(name).matches() || name.matches("(self|this)\\.[\\w$]+")) {
            locals.put(name, tree.text(right));
        }
    }

    private static FunctionShape finish(SyntaxTree.TreeSitter tree, Grammar g, Building b) {
        TSNode body = b.node.getChildByFieldName("body");
        List<String> comments = new ArrayList<>(b.comments);
        List<int[]> hidden = new ArrayList<>(b.commentRanges);
        List<String> statements = new ArrayList<>();
        List<FunctionShape.Returned> returns = new ArrayList<>(b.returns);
        boolean block = g.python() || body.getType().equals("statement_block");
        if (block) {
            boolean first = true;
            for (TSNode s : TreeSitter.namedChildren(body)) {
                if (s.getType().equals("comment")) {
                    continue;
                }
                String text = tree.text(s);
                if (first && g.python() && s.getType().equals("expression_statement") && s.getNamedChildCount() == 1
                        && s.getNamedChild(0).getType().equals("string")) {
                    comments.add(text); // the docstring speaks like a comment
                    hidden.add(new int[] {s.getStartByte(), s.getEndByte()});
                } else {
                    statements.add(text);
                }
                first = false;
            }
        } else { // an arrow function's expression body is its return value
            String text = tree.text(body);
            statements.add("return " + text);
            returns.add(new FunctionShape.Returned(text, false));
        }
        return new FunctionShape(b.name, b.owner, b.node.getStartPoint().getRow() + 1, parameters(tree, b.node),
                withoutRanges(tree, body, hidden), comments, statements, returns, b.calls, b.locals, b.declaration);
    }

    /** The parameters' names: what stands before a type or default, every name of a destructuring pattern. */
    private static List<String> parameters(SyntaxTree.TreeSitter tree, TSNode function) {
        TSNode params = function.getChildByFieldName("parameters");
        if (params == null || params.isNull()) {
            params = function.getChildByFieldName("parameter");
            if (params == null || params.isNull()) {
                return List.of();
            }
            return List.of(tree.text(params));
        }
        List<String> names = new ArrayList<>();
        for (TSNode p : TreeSitter.namedChildren(params)) {
            if (p.getType().equals("comment")) {
                continue;
            }
            String text = tree.text(p).strip().replaceFirst("^\\*+", "").replaceFirst("^\\.\\.\\.", "");
            String declared = text.startsWith("{") || text.startsWith("[") ? text.substring(0, closing(text) + 1)
                    : text.split("[:=]", 2)[0];
            Matcher m = IDENTIFIER.matcher(declared.replaceAll(":\\s*[A-Za-z_$][\\w$]*", ""));
            while (m.find()) {
                if (!NOT_PARAMETERS.contains(m.group())) {
                    names.add(m.group());
                }
            }
        }
        return names;
    }

    private static int closing(String text) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            depth += c == '{' || c == '[' ? 1 : c == '}' || c == ']' ? -1 : 0;
            if (depth == 0) {
                return i;
            }
        }
        return text.length() - 1;
    }

    /** The node's text with the given byte ranges (comments, the docstring) left out. */
    private static String withoutRanges(SyntaxTree.TreeSitter tree, TSNode node, List<int[]> ranges) {
        byte[] source = tree.source();
        int start = node.getStartByte();
        int end = node.getEndByte();
        ranges.sort(Comparator.comparingInt(r -> r[0]));
        StringBuilder out = new StringBuilder();
        int at = start;
        for (int[] r : ranges) {
            if (r[0] < at || r[1] > end) {
                continue;
            }
            out.append(new String(source, at, r[0] - at, StandardCharsets.UTF_8)).append(' ');
            at = r[1];
        }
        out.append(new String(source, at, end - at, StandardCharsets.UTF_8));
        return out.toString();
    }
}
