package dev.uplift.analysis.parse;

import dev.uplift.analysis.index.IndexedFile;
import dev.uplift.analysis.index.RepoPaths;
import org.treesitter.TSNode;
import org.treesitter.TSParser;
import org.treesitter.TSQuery;
import org.treesitter.TSTree;
import org.treesitter.TreeSitterJavascript;
import org.treesitter.TreeSitterTsx;
import org.treesitter.TreeSitterTypescript;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * TypeScript (the tsx grammar for {@code .tsx}) and JavaScript on tree-sitter (ADR 0008):
 * function declarations, functions and arrows assigned to names, class methods, exported classes and
 * interfaces, JSDoc, stub bodies and imports ({@code import … from}, {@code require}). Exports are the
 * public API. One parser and one query per grammar and thread; the tree is handed to the rules and
 * freed after them.
 */
final class TreeSitterScriptFrontEnd implements FrontEnd {
    static final TreeSitterScriptFrontEnd INSTANCE = new TreeSitterScriptFrontEnd();

    private static final ThreadLocal<TSParser> TYPESCRIPT = TreeSitter.parserPerThread(TreeSitterTypescript::new);
    private static final ThreadLocal<TSParser> TSX = TreeSitter.parserPerThread(TreeSitterTsx::new);
    private static final ThreadLocal<TSParser> JAVASCRIPT = TreeSitter.parserPerThread(TreeSitterJavascript::new);
    private static final Pattern NOT_IMPLEMENTED = Pattern.compile("(?i)not\\s+(yet\\s+)?implemented|\\btodo\\b");
    private static final Set<String> FUNCTION_VALUES = Set.of("arrow_function", "function_expression", "function",
            "generator_function");
    /** What the front end, the metrics and the script rules read, captured in one query per grammar. */
    private static final Set<String> CAPTURED = captured();
    private static final ThreadLocal<TSQuery> TYPESCRIPT_QUERY = query(TreeSitterTypescript::new);
    private static final ThreadLocal<TSQuery> TSX_QUERY = query(TreeSitterTsx::new);
    private static final ThreadLocal<TSQuery> JAVASCRIPT_QUERY = query(TreeSitterJavascript::new);

    private static Set<String> captured() {
        Set<String> types = new HashSet<>(ControlFlow.SCRIPT.all());
        types.addAll(Set.of("variable_declarator", "class_declaration", "abstract_class_declaration",
                "interface_declaration", "import_statement", "call_expression", "new_expression",
                "assignment_expression", "jsx_attribute", "await_expression", "return_statement", "throw_statement",
                "member_expression", "comment"));
        return Set.copyOf(types);
    }

    /** The query over the node types this grammar has (the grammars differ: interfaces are TypeScript's). */
    private static ThreadLocal<TSQuery> query(java.util.function.Supplier<org.treesitter.TSLanguage> language) {
        return ThreadLocal.withInitial(() -> {
            org.treesitter.TSLanguage lang = language.get();
            Set<String> known = new HashSet<>();
            for (String type : CAPTURED) {
                if (lang.symbolForName(type, true) != 0) {
                    known.add(type);
                }
            }
            return new TSQuery(lang, TreeNodes.queryFor(known));
        });
    }

    /** Loads the native libraries once; false when this platform has none (the lexical front end is used). */
    static boolean available() {
        return TreeSitter.loads(TYPESCRIPT) && TreeSitter.loads(TSX) && TreeSitter.loads(JAVASCRIPT)
                && TreeSitter.loads(TYPESCRIPT_QUERY) && TreeSitter.loads(TSX_QUERY) && TreeSitter.loads(JAVASCRIPT_QUERY);
    }

    @Override
    public ParsedFile parse(IndexedFile file, String text, List<String> lines) {
        String name = file.fileName().toLowerCase(Locale.ROOT);
        boolean typescript = file.language().equals("typescript");
        TSParser parser = name.endsWith(".tsx") ? TSX.get() : typescript ? TYPESCRIPT.get() : JAVASCRIPT.get();
        TSQuery query = name.endsWith(".tsx") ? TSX_QUERY.get() : typescript ? TYPESCRIPT_QUERY.get()
                : JAVASCRIPT_QUERY.get();
        byte[] source = text.getBytes(StandardCharsets.UTF_8);
        int errors;
        TSTree tree = parser.parseString(null, text);
        TreeNodes nodes;
        List<FunctionInfo> functions;
        Reader reader;
        try {
            // one query finds what the front end and the rules read in native code; a Java walk costs a
            // native call per node
            nodes = TreeNodes.find(query, tree.getRootNode());
            reader = new Reader(source, RepoPaths.parent(file.path()), nodes, new ArrayList<>(), new ArrayList<>(),
                    new HashSet<>());
            for (int i = 0; i < nodes.size(); i++) {
                reader.visit(i);
            }
            functions = reader.measured();
            errors = TreeSitter.countErrors(tree.getRootNode());
        } catch (RuntimeException | StackOverflowError e) {
            tree.close();
            throw e;
        }
        String grammar = name.endsWith(".tsx") ? "tsx" : typescript ? "typescript" : "javascript";
        LineKinds kinds = LineKinds.classify(lines, LineKinds.CommentStyle.C_LIKE);
        String problem = TreeSitter.problem(file.language().equals("typescript") ? "TypeScript" : "JavaScript", errors);
        functions.sort((a, b) -> Integer.compare(a.startLine(), b.startLine()));
        // the tree stays open for the script rules; FileAnalyzer closes it when they have run
        return new ParsedFile(file, lines, kinds, functions, reader.types(), reader.imports(),
                new SyntaxTree.TreeSitter(tree, source, grammar, nodes), problem);
    }

    /** A function found, measured once all are known. */
    private record Found(int node, String name, int start, boolean exported, boolean documented) {
    }

    private record Reader(byte[] source, String folder, TreeNodes nodes, List<Found> found,
                          List<ParsedFile.TypeInfo> types, Set<String> imports) {

        /** The functions found, with their metrics. */
        List<FunctionInfo> measured() {
            Set<Integer> measured = new HashSet<>();
            found.forEach(f -> measured.add(f.node()));
            java.util.Map<Integer, FunctionMetrics> metrics = ControlFlow.measure(nodes, ControlFlow.SCRIPT, measured,
                    source);
            List<FunctionInfo> out = new ArrayList<>(found.size());
            for (Found f : found) {
                out.add(info(nodes.node(f.node()), f.name(), f.start(), f.exported(), f.documented(),
                        metrics.get(f.node())));
            }
            return out;
        }

        private void visit(int i) {
            if (!nodes.type(i).equals("call_expression") && !nodes.type(i).endsWith("_declarator")
                    && !nodes.type(i).endsWith("_declaration") && !nodes.type(i).equals("method_definition")
                    && !nodes.type(i).equals("import_statement")) {
                return;
            }
            TSNode node = nodes.node(i);
            switch (nodes.type(i)) {
                case "function_declaration", "generator_function_declaration" ->
                        function(i, text(node.getChildByFieldName("name")), exported(node));
                case "method_definition" -> function(i, text(node.getChildByFieldName("name")), false);
                case "variable_declarator" -> {
                    TSNode value = node.getChildByFieldName("value");
                    int index = value == null || value.isNull() || !FUNCTION_VALUES.contains(value.getType()) ? -1
                            : nodes.indexOf(value);
                    if (index >= 0) {
                        TSNode declaration = node.getParent();
                        found.add(new Found(index, text(node.getChildByFieldName("name")), line(node),
                                exported(declaration), documented(declaration)));
                    }
                }
                case "class_declaration", "abstract_class_declaration", "interface_declaration" -> {
                    if (exported(node)) {
                        types.add(new ParsedFile.TypeInfo(text(node.getChildByFieldName("name")), line(node),
                                documented(node)));
                    }
                }
                case "import_statement" -> module(node.getChildByFieldName("source"));
                case "call_expression" -> {
                    TSNode callee = node.getChildByFieldName("function");
                    if (!callee.getType().equals("identifier")) {
                        return;
                    }
                    TSNode args = node.getChildByFieldName("arguments");
                    if (text(callee).equals("require") && args != null && !args.isNull() && args.getNamedChildCount() == 1) {
                        module(args.getNamedChild(0));
                    }
                }
                default -> {
                }
            }
        }

        private void function(int i, String name, boolean exported) {
            TSNode node = nodes.node(i);
            found.add(new Found(i, name, line(node), exported, documented(node)));
        }

        private FunctionInfo info(TSNode function, String name, int start, boolean exported, boolean documented,
                                  FunctionMetrics metrics) {
            TSNode body = function.getChildByFieldName("body");
            String stub = body != null && !body.isNull() && body.getType().equals("statement_block") ? stubReason(body)
                    : null;
            return new FunctionInfo(name, start, function.getEndPoint().getRow() + 1, exported, documented, stub,
                    metrics);
        }

        /** Why a block is a stub: empty, only comments, a 'not implemented' throw, or a placeholder return. */
        private String stubReason(TSNode block) {
            List<TSNode> statements = new ArrayList<>();
            boolean comments = false;
            for (TSNode s : TreeSitter.namedChildren(block)) {
                if (s.getType().equals("comment")) {
                    comments = true;
                } else {
                    statements.add(s);
                }
            }
            if (statements.isEmpty()) {
                return comments ? "body is only a comment" : "empty body";
            }
            if (statements.size() != 1) {
                return null;
            }
            TSNode only = statements.get(0);
            String code = text(only).strip();
            if (only.getType().equals("throw_statement") && code.matches("(?s)throw\\s+new\\s+\\w*Error\\s*\\(.*")
                    && NOT_IMPLEMENTED.matcher(code).find()) {
                return "throws a 'not implemented' error";
            }
            if (only.getType().equals("return_statement")
                    && code.matches("return\\s+(null|undefined|\\{\\s*}|\\[\\s*])\\s*;?")) {
                return "only returns a placeholder";
            }
            return null;
        }

        private void module(TSNode string) {
            if (string == null || string.isNull() || !string.getType().equals("string")) {
                return;
            }
            String spec = text(string);
            spec = spec.substring(1, Math.max(1, spec.length() - 1));
            if (spec.startsWith(".")) { // relative: a path that may lead into another component of the repository
                String path = RepoPaths.resolve(folder, spec);
                if (path != null) {
                    imports.add(RepoPaths.PATH_IMPORT + path);
                }
                return;
            }
            if (spec.isEmpty() || spec.startsWith("/")) {
                return;
            }
            imports.add(RepoPaths.MODULE_IMPORT + spec); // may be a tsconfig alias for a folder of the repository
            String[] parts = spec.split("/");
            imports.add(spec.startsWith("@") && parts.length > 1 ? parts[0] + "/" + parts[1] : parts[0]);
        }

        /** Declared inside an export statement (possibly through a lexical declaration). */
        private static boolean exported(TSNode node) {
            TSNode parent = node.getParent();
            return parent != null && !parent.isNull() && parent.getType().equals("export_statement");
        }

        /** A JSDoc comment right before the declaration or before the export statement that holds it. */
        private boolean documented(TSNode node) {
            TSNode target = exported(node) ? node.getParent() : node;
            TSNode previous = target.getPrevNamedSibling();
            return previous != null && !previous.isNull() && previous.getType().equals("comment")
                    && text(previous).startsWith("/**")
                    && previous.getEndPoint().getRow() >= target.getStartPoint().getRow() - 1;
        }

        private String text(TSNode node) {
            return TreeSitter.text(source, node);
        }

        private static int line(TSNode node) {
            return node.getStartPoint().getRow() + 1;
        }
    }
}
