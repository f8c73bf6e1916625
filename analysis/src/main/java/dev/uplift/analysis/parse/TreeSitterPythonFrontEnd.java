package dev.uplift.analysis.parse;

import dev.uplift.analysis.index.IndexedFile;
import org.treesitter.TSNode;
import org.treesitter.TSParser;
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
            new Reader(source, functions, types, imports).visit(tree.getRootNode(), null);
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

    /** Walks one tree; {@code owner} is the enclosing class or function definition, or null at the top. */
    private record Reader(byte[] source, List<FunctionInfo> functions, List<ParsedFile.TypeInfo> types,
                          Set<String> imports) {

        void visit(TSNode node, TSNode owner) {
            String type = node.getType();
            switch (type) {
                case "function_definition" -> function(node, owner);
                case "class_definition" -> type(node, owner);
                case "import_statement" -> importStatement(node);
                case "import_from_statement" -> fromImport(node);
                default -> {
                    for (int i = 0; i < node.getNamedChildCount(); i++) {
                        visit(node.getNamedChild(i), owner);
                    }
                }
            }
        }

        private void function(TSNode node, TSNode owner) {
            String name = text(node.getChildByFieldName("name"));
            boolean publicApi = !name.startsWith("_") && (owner == null || isPublicClass(owner));
            TSNode body = node.getChildByFieldName("body");
            functions.add(new FunctionInfo(name, line(node), endLine(node), publicApi, hasDocstring(body),
                    stubReason(body)));
            children(body, node);
        }

        private void type(TSNode node, TSNode owner) {
            String name = text(node.getChildByFieldName("name"));
            TSNode body = node.getChildByFieldName("body");
            if (owner == null && !name.startsWith("_")) {
                types.add(new ParsedFile.TypeInfo(name, line(node), hasDocstring(body)));
            }
            children(body, node);
        }

        private void children(TSNode body, TSNode owner) {
            if (body == null || body.isNull()) {
                return;
            }
            for (int i = 0; i < body.getNamedChildCount(); i++) {
                visit(body.getNamedChild(i), owner);
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
            for (int i = 0; i < node.getNamedChildCount(); i++) {
                TSNode name = node.getNamedChild(i);
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
                for (int i = 0; i < body.getNamedChildCount(); i++) {
                    TSNode s = body.getNamedChild(i);
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
            for (int i = 0; i < body.getNamedChildCount(); i++) {
                TSNode s = body.getNamedChild(i);
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
