package dev.uplift.analysis.parse;

import dev.uplift.analysis.index.IndexedFile;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Python read by indentation: functions, classes, docstrings, stub bodies and imports. Lexical, so a
 * file with syntax errors still yields what can be seen; the tree-sitter front end replaces it.
 */
final class PythonFrontEnd implements FrontEnd {
    static final PythonFrontEnd INSTANCE = new PythonFrontEnd();

    private static final Pattern DEF = Pattern.compile("^(\\s*)(?:async\\s+)?def\\s+(\\w+)\\s*\\(");
    private static final Pattern CLASS = Pattern.compile("^(\\s*)class\\s+(\\w+)");
    private static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+([\\w.]+(?:\\s*,\\s*[\\w.]+)*)");
    private static final Pattern FROM = Pattern.compile("^\\s*from\\s+([\\w][\\w.]*)\\s+import\\b");
    private static final Pattern STUB_STATEMENT = Pattern.compile(
            "pass|\\.\\.\\.|raise\\s+NotImplementedError\\b.*|return\\s+None|return");

    private record Scope(int indent, boolean isClass, boolean isPublic) {
    }

    @Override
    public ParsedFile parse(IndexedFile file, String text, List<String> lines) {
        List<FunctionInfo> functions = new ArrayList<>();
        List<ParsedFile.TypeInfo> types = new ArrayList<>();
        Set<String> imports = new HashSet<>();
        Deque<Scope> scopes = new ArrayDeque<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            int indent = indentOf(line);
            while (!scopes.isEmpty() && scopes.peek().indent() >= indent) {
                scopes.pop();
            }
            collectImports(line, imports);
            Matcher def = DEF.matcher(line);
            Matcher cls = CLASS.matcher(line);
            if (def.find()) {
                String name = def.group(2);
                Scope parent = scopes.peek();
                boolean publicApi = !name.startsWith("_")
                        && (parent == null || parent.isClass() && parent.isPublic());
                Body body = body(lines, i, indent);
                functions.add(new FunctionInfo(name, i + 1, body.endLine(), publicApi, body.docstring(),
                        body.stubReason()));
                scopes.push(new Scope(indent, false, false));
            } else if (cls.find()) {
                String name = cls.group(2);
                Scope parent = scopes.peek();
                boolean isPublic = !name.startsWith("_") && parent == null;
                Body body = body(lines, i, indent);
                if (isPublic) {
                    types.add(new ParsedFile.TypeInfo(name, i + 1, body.docstring()));
                }
                scopes.push(new Scope(indent, true, isPublic));
            }
        }
        LineKinds kinds = LineKinds.classify(lines, LineKinds.CommentStyle.HASH);
        return new ParsedFile(file, lines, kinds, functions, types, imports, new SyntaxTree.None(), null);
    }

    private record Body(int endLine, boolean docstring, String stubReason) {
    }

    /** Reads the block that starts at the header on line {@code header} (0-based). */
    private static Body body(List<String> lines, int header, int indent) {
        int colonLine = header;
        int depth = 0;
        for (int i = header; i < lines.size(); i++) {
            String code = stripComment(lines.get(i));
            for (char c : code.toCharArray()) {
                depth += c == '(' || c == '[' ? 1 : c == ')' || c == ']' ? -1 : 0;
            }
            if (depth <= 0 && code.stripTrailing().endsWith(":")) {
                colonLine = i;
                break;
            }
            if (depth <= 0 && code.contains(":")) { // one-line body: def f(): pass
                colonLine = i;
                String inline = code.substring(code.lastIndexOf(':') + 1).strip();
                String stub = STUB_STATEMENT.matcher(inline).matches() ? describe(inline) : null;
                return new Body(i + 1, false, stub);
            }
        }
        List<String> statements = new ArrayList<>();
        int end = colonLine;
        boolean inString = false;
        String quote = null;
        for (int i = colonLine + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!inString && !line.isBlank() && !line.stripLeading().startsWith("#") && indentOf(line) <= indent) {
                break;
            }
            if (!line.isBlank()) {
                end = i;
            }
            String stripped = line.strip();
            if (inString) {
                if (stripped.contains(quote)) {
                    inString = false;
                }
                continue;
            }
            if (stripped.isEmpty() || stripped.startsWith("#")) {
                continue;
            }
            String q = tripleQuote(stripped);
            if (statements.isEmpty() && q == null && stripped.matches("[rRuU]?([\"']).*\\1")) {
                statements.add("<docstring>"); // a one-line docstring in plain quotes
                continue;
            }
            if (statements.isEmpty() && q != null) {
                statements.add("<docstring>");
                int first = stripped.indexOf(q);
                inString = stripped.indexOf(q, first + 3) < 0;
                quote = q;
                continue;
            }
            statements.add(stripComment(stripped).strip());
        }
        boolean docstring = !statements.isEmpty() && statements.get(0).equals("<docstring>");
        List<String> code = docstring ? statements.subList(1, statements.size()) : statements;
        String stub = null;
        if (code.isEmpty()) {
            stub = docstring ? "only a docstring" : "empty body";
        } else if (code.size() == 1 && STUB_STATEMENT.matcher(code.get(0)).matches()) {
            stub = describe(code.get(0));
        }
        return new Body(end + 1, docstring, stub);
    }

    private static String describe(String statement) {
        if (statement.startsWith("raise")) {
            return "raises NotImplementedError";
        }
        if (statement.startsWith("return")) {
            return "only returns None";
        }
        return "body is only '" + statement + "'";
    }

    private static String tripleQuote(String stripped) {
        String s = stripped.replaceFirst("^[rRbBuUfF]{0,2}", "");
        if (s.startsWith("\"\"\"")) {
            return "\"\"\"";
        }
        if (s.startsWith("'''")) {
            return "'''";
        }
        return null;
    }

    private static void collectImports(String line, Set<String> imports) {
        Matcher m = IMPORT.matcher(line);
        if (m.find()) {
            for (String name : m.group(1).split(",")) {
                imports.add(name.strip().split("\\.")[0]);
            }
            return;
        }
        Matcher f = FROM.matcher(line);
        if (f.find()) {
            imports.add(f.group(1).split("\\.")[0]);
        }
    }

    static String stripComment(String line) {
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '#') {
                return line.substring(0, i);
            }
        }
        return line;
    }

    private static int indentOf(String line) {
        int n = 0;
        while (n < line.length() && (line.charAt(n) == ' ' || line.charAt(n) == '\t')) {
            n++;
        }
        return n;
    }
}
