package dev.uplift.analysis.parse;

import dev.uplift.analysis.index.IndexedFile;
import org.treesitter.TSNode;
import org.treesitter.TSParser;
import org.treesitter.TSQuery;
import org.treesitter.TSQueryCapture;
import org.treesitter.TSQueryCursor;
import org.treesitter.TSQueryMatch;
import org.treesitter.TSTree;
import org.treesitter.TreeSitterPython;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
    private static final ThreadLocal<TSQuery> DEFINITIONS = ThreadLocal.withInitial(() -> new TSQuery(
            new TreeSitterPython(), "[(function_definition) (class_definition) (import_statement) "
            + "(import_from_statement)] @definition"));

    /** Loads the native library once; false when this platform has none (the lexical front end is used). */
    static boolean available() {
        return TreeSitter.loads(PARSER);
    }

    @Override
    public ParsedFile parse(IndexedFile file, String text, List<String> lines) {
        byte[] source = text.getBytes(StandardCharsets.UTF_8);
        List<FunctionInfo> functions = new ArrayList<>();
        List<ParsedFile.TypeInfo> types = new ArrayList<>();
        Set<String> imports = new HashSet<>();
        TSTree tree = PARSER.get().parseString(null, text);
        int errors;
        try {
            Reader reader = new Reader(source, functions, types, imports);
            // a query finds the definitions and imports in native code; walking every node from Java
            // costs a native call per node
            try (TSQueryCursor cursor = new TSQueryCursor()) {
                cursor.exec(DEFINITIONS.get(), tree.getRootNode());
                TSQueryMatch match = new TSQueryMatch();
                while (cursor.nextMatch(match)) {
                    for (TSQueryCapture capture : match.getCaptures()) {
                        reader.visit(capture.getNode());
                    }
                }
            }
            functions.sort(java.util.Comparator.comparingInt(FunctionInfo::startLine));
            errors = TreeSitter.countErrors(tree.getRootNode());
        } catch (RuntimeException | StackOverflowError e) {
            tree.close();
            throw e;
        }
        LineKinds kinds = LineKinds.classify(lines, LineKinds.CommentStyle.HASH);
        String problem = TreeSitter.problem("Python", errors);
        // the tree stays open for the Python rules; FileAnalyzer closes it when they have run
        return new ParsedFile(file, lines, kinds, functions, types, imports,
                new SyntaxTree.TreeSitter(tree, source, "python"), problem);
    }

    /** Reads the definitions and imports the query found; each knows its owner from its ancestors. */
    private record Reader(byte[] source, List<FunctionInfo> functions, List<ParsedFile.TypeInfo> types,
                          Set<String> imports) {

        void visit(TSNode node) {
            switch (node.getType()) {
                case "function_definition" -> function(node, owner(node));
                case "class_definition" -> type(node, owner(node));
                case "import_statement" -> importStatement(node);
                case "import_from_statement" -> fromImport(node);
                default -> {
                }
            }
        }

        /** The enclosing class or function definition, or null at the top of the module. */
        private static TSNode owner(TSNode node) {
            TSNode parent = node.getParent();
            while (parent != null && !parent.isNull()) {
                String type = parent.getType();
                if (type.equals("function_definition") || type.equals("class_definition")) {
                    return parent;
                }
                parent = parent.getParent();
            }
            return null;
        }

        private void function(TSNode node, TSNode owner) {
            String name = text(node.getChildByFieldName("name"));
            boolean publicApi = !name.startsWith("_") && (owner == null || isPublicClass(owner));
            TSNode body = node.getChildByFieldName("body");
            functions.add(new FunctionInfo(name, line(node), endLine(node), publicApi, hasDocstring(body),
                    stubReason(body)));
        }

        private void type(TSNode node, TSNode owner) {
            String name = text(node.getChildByFieldName("name"));
            TSNode body = node.getChildByFieldName("body");
            if (owner == null && !name.startsWith("_")) {
                types.add(new ParsedFile.TypeInfo(name, line(node), hasDocstring(body)));
            }
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
            if (module != null && !module.isNull() && module.getType().equals("dotted_name")) {
                imports.add(topLevel(text(module))); // relative imports stay inside their package: no component
            }
        }

        /** "requests.adapters" → "requests": components are known by their top-level package. */
        private static String topLevel(String dotted) {
            int dot = dotted.indexOf('.');
            return dot < 0 ? dotted : dotted.substring(0, dot);
        }

        private boolean hasDocstring(TSNode body) {
            return first(body) != null && isDocstring(first(body));
        }

        /** Why the body is a stub, or null when it does real work. */
        private String stubReason(TSNode body) {
            List<TSNode> statements = new ArrayList<>();
            if (body != null && !body.isNull()) {
                for (TSNode s : TreeSitter.namedChildren(body)) {
                    if (!s.getType().equals("comment")) {
                        statements.add(s);
                    }
                }
            }
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

        private TSNode first(TSNode body) {
            if (body == null || body.isNull()) {
                return null;
            }
            for (TSNode s : TreeSitter.namedChildren(body)) {
                if (!s.getType().equals("comment")) {
                    return s;
                }
            }
            return null;
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
