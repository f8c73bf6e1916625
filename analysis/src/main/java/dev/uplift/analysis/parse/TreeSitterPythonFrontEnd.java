package dev.uplift.analysis.parse;

import dev.uplift.analysis.index.IndexedFile;
import dev.uplift.analysis.index.RepoPaths;
import org.treesitter.TSNode;
import org.treesitter.TSParser;
import org.treesitter.TSQuery;
import org.treesitter.TSTree;
import org.treesitter.TreeSitterPython;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Python on tree-sitter (ADR 0008): functions, classes, docstrings, stub bodies and imports from a real
 * syntax tree. Tree-sitter recovers from syntax errors, so a file with errors still yields
 * every function it can see; the errors are counted and reported. One parser per thread (a native
 * parser is not thread-safe); the tree is handed to the rules and freed after them.
 */
final class TreeSitterPythonFrontEnd implements FrontEnd {
    static final TreeSitterPythonFrontEnd INSTANCE = new TreeSitterPythonFrontEnd();

    private static final ThreadLocal<TSParser> PARSER = TreeSitter.parserPerThread(TreeSitterPython::new);
    /** What the front end, the metrics and the Python rules read, captured in one query. */
    private static final Set<String> CAPTURED = captured();
    private static final ThreadLocal<TSQuery> NODES = ThreadLocal.withInitial(() -> new TSQuery(
            new TreeSitterPython(), TreeNodes.queryFor(CAPTURED)));
    private static final Set<String> DEFINITIONS = Set.of("function_definition", "class_definition");

    private static Set<String> captured() {
        Set<String> types = new HashSet<>(ControlFlow.PYTHON.all());
        types.addAll(Set.of("class_definition", "import_statement", "import_from_statement", "call", "assignment",
                "augmented_assignment", "decorator", "await", "return_statement", "raise_statement", "pass_statement",
                "list_comprehension", "set_comprehension", "dictionary_comprehension", "generator_expression", "comment"));
        return Set.copyOf(types);
    }

    /** Loads the native library once; false when this platform has none (the lexical front end is used). */
    static boolean available() {
        return TreeSitter.loads(PARSER) && TreeSitter.loads(NODES);
    }

    @Override
    public ParsedFile parse(IndexedFile file, String text, List<String> lines) {
        byte[] source = text.getBytes(StandardCharsets.UTF_8);
        List<FunctionInfo> functions = new ArrayList<>();
        List<ParsedFile.TypeInfo> types = new ArrayList<>();
        Set<String> imports = new HashSet<>();
        TSTree tree = PARSER.get().parseString(null, text);
        int errors;
        TreeNodes nodes;
        List<int[]> docstrings = new ArrayList<>();
        try {
            // one query finds all the front end and the rules read in native code; walking every node
            // from Java costs a native call per node
            nodes = TreeNodes.find(NODES.get(), tree.getRootNode());
            Reader reader = new Reader(source, RepoPaths.parent(file.path()), file.fileName().endsWith(".pyi"), nodes,
                    new ArrayList<>(), types, imports, docstrings);
            reader.docstring(tree.getRootNode());
            for (int i = 0; i < nodes.size(); i++) {
                reader.visit(i);
            }
            functions.addAll(reader.measured());
            functions.sort(java.util.Comparator.comparingInt(FunctionInfo::startLine));
            errors = TreeSitter.countErrors(tree.getRootNode());
        } catch (RuntimeException | StackOverflowError e) {
            tree.close();
            throw e;
        }
        LineKinds kinds = LineKinds.classify(lines, LineKinds.CommentStyle.HASH).withCommentRanges(docstrings);
        String problem = TreeSitter.problem("Python", errors);
        // the tree stays open for the Python rules; FileAnalyzer closes it when they have run
        return new ParsedFile(file, lines, kinds, functions, types, imports,
                new SyntaxTree.TreeSitter(tree, source, "python", nodes), problem);
    }

    /**
     * Reads the definitions and imports the query found; each knows its owner from its captured
     * ancestors. Functions are measured once all are known.
     */
    private record Reader(byte[] source, String folder, boolean typingStubs, TreeNodes nodes, List<Integer> functionNodes,
                          List<ParsedFile.TypeInfo> types, Set<String> imports, List<int[]> docstrings) {

        void visit(int i) {
            switch (nodes.type(i)) {
                case "function_definition" -> functionNodes.add(i);
                case "class_definition" -> type(nodes.node(i), owner(i));
                case "import_statement" -> importStatement(nodes.node(i));
                case "import_from_statement" -> fromImport(nodes.node(i));
                default -> {
                }
            }
        }

        /** The enclosing class or function definition, or null at the top of the module. */
        private TSNode owner(int i) {
            int owner = nodes.ancestor(i, DEFINITIONS);
            return owner < 0 ? null : nodes.node(owner);
        }

        /** The functions with their metrics. */
        List<FunctionInfo> measured() {
            Map<Integer, FunctionMetrics> metrics = ControlFlow.measure(nodes, ControlFlow.PYTHON,
                    new HashSet<>(functionNodes), source);
            List<FunctionInfo> out = new ArrayList<>(functionNodes.size());
            for (int i : functionNodes) {
                out.add(function(nodes.node(i), owner(i), metrics.get(i)));
            }
            return out;
        }

        private FunctionInfo function(TSNode node, TSNode owner, FunctionMetrics metrics) {
            String name = text(node.getChildByFieldName("name"));
            boolean publicApi = !name.startsWith("_") && (owner == null || isPublicClass(owner));
            // one walk of the body's first statements serves the docstring and the stub check
            List<TSNode> statements = TreeSitter.firstStatements(node.getChildByFieldName("body"), 3);
            // a typing stub (.pyi, @overload) declares a signature: its '...' body is not unfinished work
            String stub = typingStubs || isOverload(node) ? null : stubReason(statements);
            return new FunctionInfo(name, line(node), endLine(node), publicApi, docstring(statements), stub, metrics);
        }

        private void type(TSNode node, TSNode owner) {
            String name = text(node.getChildByFieldName("name"));
            TSNode body = node.getChildByFieldName("body");
            boolean documented = docstring(body);
            if (owner == null && !name.startsWith("_")) {
                types.add(new ParsedFile.TypeInfo(name, line(node), documented));
            }
        }

        private boolean isOverload(TSNode function) {
            TSNode parent = function.getParent();
            return parent != null && !parent.isNull() && parent.getType().equals("decorated_definition")
                    && text(parent).matches("(?s)\\s*@(typing\\.|t\\.)?overload\\b.*");
        }

        private boolean isPublicClass(TSNode owner) {
            return owner.getType().equals("class_definition") && !text(owner.getChildByFieldName("name")).startsWith("_")
                    && isTopLevel(owner);
        }

        private static boolean isTopLevel(TSNode node) {
            TSNode parent = node.getParent();
            while (parent != null && !parent.isNull() && parent.getType().equals("decorated_definition")) {
                parent = parent.getParent();
            }
            return parent == null || parent.isNull() || parent.getType().equals("module");
        }

        private void importStatement(TSNode node) {
            for (TSNode name : TreeSitter.namedChildren(node)) {
                if (name.getType().equals("aliased_import")) {
                    name = name.getChildByFieldName("name");
                }
                if (name.getType().equals("dotted_name")) {
                    imports.add(topLevel(text(name)));
                }
            }
        }

        private void fromImport(TSNode node) {
            TSNode module = node.getChildByFieldName("module_name");
            if (module == null || module.isNull()) {
                return;
            }
            if (module.getType().equals("dotted_name")) {
                imports.add(topLevel(text(module)));
            } else if (module.getType().equals("relative_import")) {
                relative(text(module));
            }
        }

        /**
         * {@code from ..billing import x}: one dot is this package, each further dot one level up; the
         * path may lead into another component of the repository.
         */
        private void relative(String module) {
            int dots = 0;
            while (dots < module.length() && module.charAt(dots) == '.') {
                dots++;
            }
            String rest = module.substring(dots).replace('.', '/');
            String up = "../".repeat(dots - 1);
            String path = RepoPaths.resolve(folder, up + rest);
            if (path != null) {
                imports.add(RepoPaths.PATH_IMPORT + path);
            }
        }

        /** "requests.adapters" → "requests": components are known by their top-level package. */
        private static String topLevel(String dotted) {
            int dot = dotted.indexOf('.');
            return dot < 0 ? dotted : dotted.substring(0, dot);
        }

        /** Whether the block opens with a docstring; its lines are noted as documentation, not code. */
        boolean docstring(TSNode body) {
            return docstring(TreeSitter.firstStatements(body, 1));
        }

        /** Whether these first statements of a block open with a docstring (noted as documentation). */
        private boolean docstring(List<TSNode> statements) {
            TSNode first = statements.isEmpty() ? null : statements.get(0);
            if (first == null || !isDocstring(first)) {
                return false;
            }
            docstrings.add(new int[] {line(first), endLine(first)});
            return true;
        }

        /**
         * Why the body is a stub, or null when it does real work, from its first three statements (a
         * docstring and two statements: no stub).
         */
        private String stubReason(List<TSNode> statements) {
            boolean docstring = !statements.isEmpty() && isDocstring(statements.get(0));
            List<TSNode> code = docstring ? statements.subList(1, statements.size()) : statements;
            if (code.isEmpty()) {
                return docstring ? "only a docstring" : "empty body";
            }
            if (code.size() != 1) {
                return null;
            }
            TSNode only = code.get(0);
            String statement = text(only).strip();
            return switch (only.getType()) {
                case "pass_statement" -> "body is only 'pass'";
                case "expression_statement" -> statement.equals("...") ? "body is only '...'" : null;
                case "raise_statement" -> statement.matches("raise\\s+NotImplementedError\\b.*")
                        ? "raises NotImplementedError" : null;
                case "return_statement" -> statement.equals("return") || statement.equals("return None")
                        ? "only returns None" : null;
                default -> null;
            };
        }

        private static boolean isDocstring(TSNode statement) {
            return statement.getType().equals("expression_statement") && statement.getNamedChildCount() == 1
                    && statement.getNamedChild(0).getType().equals("string");
        }

        private String text(TSNode node) {
            return TreeSitter.text(source, node);
        }

        private static int line(TSNode node) {
            return node.getStartPoint().getRow() + 1;
        }

        private static int endLine(TSNode node) {
            return node.getEndPoint().getRow() + 1;
        }
    }
}
