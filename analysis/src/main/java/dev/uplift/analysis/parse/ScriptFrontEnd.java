package dev.uplift.analysis.parse;

import dev.uplift.analysis.index.IndexedFile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * TypeScript and JavaScript read lexically: declared functions, arrow-function constants, class
 * methods, exported classes, JSDoc, stub bodies and imports. The tree-sitter front end replaces it.
 */
final class ScriptFrontEnd implements FrontEnd {
    static final ScriptFrontEnd INSTANCE = new ScriptFrontEnd();

    private static final Pattern FUNCTION = Pattern.compile(
            "^\\s*(export\\s+)?(?:default\\s+)?(?:async\\s+)?function\\s*\\*?\\s*(\\w+)\\s*[(<]", Pattern.MULTILINE);
    private static final Pattern ARROW = Pattern.compile(
            "^\\s*(export\\s+)?(?:const|let|var)\\s+(\\w+)\\s*(?::[^=\\n]+)?=\\s*(?:async\\s+)?"
                    + "(?:function\\b[^(\\n]*\\(|(?:\\([^)\\n]*\\)|\\w+)\\s*(?::\\s*[^=\\n]+)?=>)", Pattern.MULTILINE);
    private static final Pattern METHOD = Pattern.compile(
            "^[ \\t]+(?:(?:public|private|protected|static|async|override|readonly)\\s+)*(\\w+)\\s*\\([^)\\n]*\\)"
                    + "\\s*(?::\\s*[^{\\n]+)?\\{[ \\t]*$", Pattern.MULTILINE);
    private static final Pattern CLASS = Pattern.compile(
            "^\\s*export\\s+(?:default\\s+)?(?:abstract\\s+)?(?:class|interface)\\s+(\\w+)", Pattern.MULTILINE);
    private static final Pattern IMPORT = Pattern.compile(
            "(?:^\\s*import\\s[^;]*?from\\s*|^\\s*import\\s*|\\brequire\\s*\\(\\s*)['\"]([^'\"]+)['\"]",
            Pattern.MULTILINE);
    private static final Pattern NOT_IMPLEMENTED = Pattern.compile(
            "throw\\s+new\\s+\\w*Error\\s*\\(\\s*['\"`][^'\"`]*(?i:not\\s+(?:yet\\s+)?implemented|todo)[^'\"`]*['\"`]\\s*\\)\\s*;?");
    private static final Set<String> KEYWORDS = Set.of("if", "for", "while", "switch", "catch", "function",
            "return", "with", "do", "else");

    @Override
    public ParsedFile parse(IndexedFile file, String text, List<String> lines) {
        int[] lineStarts = lineStarts(text);
        List<FunctionInfo> functions = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        collect(FUNCTION, 2, text, lineStarts, lines, functions, seen);
        collect(ARROW, 2, text, lineStarts, lines, functions, seen);
        collect(METHOD, 1, text, lineStarts, lines, functions, seen);
        functions.sort((a, b) -> Integer.compare(a.startLine(), b.startLine()));

        List<ParsedFile.TypeInfo> types = new ArrayList<>();
        Matcher cls = CLASS.matcher(text);
        while (cls.find()) {
            int line = lineOf(lineStarts, cls.start(1));
            types.add(new ParsedFile.TypeInfo(cls.group(1), line, documented(lines, line)));
        }
        Set<String> imports = new HashSet<>();
        Matcher imp = IMPORT.matcher(text);
        while (imp.find()) {
            String spec = imp.group(1);
            if (!spec.startsWith(".") && !spec.startsWith("/")) {
                String[] parts = spec.split("/");
                imports.add(spec.startsWith("@") && parts.length > 1 ? parts[0] + "/" + parts[1] : parts[0]);
            }
        }
        LineKinds kinds = LineKinds.classify(lines, LineKinds.CommentStyle.C_LIKE);
        return new ParsedFile(file, lines, kinds, functions, types, imports, new SyntaxTree.None(), null);
    }

    private static void collect(Pattern pattern, int nameGroup, String text, int[] lineStarts, List<String> lines,
                                List<FunctionInfo> out, Set<Integer> seen) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            String name = m.group(nameGroup);
            int startLine = lineOf(lineStarts, m.start(nameGroup));
            if (KEYWORDS.contains(name) || !seen.add(startLine)) {
                continue;
            }
            boolean exported = pattern != METHOD && m.group(1) != null;
            int signatureEnd = pattern == METHOD ? text.lastIndexOf('{', m.end() - 1) : m.end() - 1;
            int bodyStart = firstBodyBracket(text, signatureEnd);
            int bodyEnd = bodyStart < 0 ? -1 : Brackets.findClosing(text, bodyStart);
            int endLine = bodyEnd < 0 ? startLine : lineOf(lineStarts, bodyEnd);
            String stub = bodyEnd < 0 || text.charAt(bodyStart) != '{' ? null
                    : stubReason(text.substring(bodyStart + 1, bodyEnd));
            out.add(new FunctionInfo(name, startLine, endLine, exported, documented(lines, startLine), stub));
        }
    }

    /** After a signature, the bracket that opens the body: '{' for blocks, '(' for arrow expressions. */
    private static int firstBodyBracket(String text, int from) {
        int i = from;
        if (text.charAt(i) == '{') {
            return i;
        }
        if (text.charAt(i) == '>') { // the arrow of an arrow function: a block or an expression follows
            return bodyAfterArrow(text, i + 1);
        }
        if (text.charAt(i) == '<') { // type parameters before the parameter list
            i = text.indexOf('(', i);
            if (i < 0) {
                return -1;
            }
        }
        int parens = text.charAt(i) == '(' ? Brackets.findClosing(text, i) : i;
        if (parens < 0) {
            return -1;
        }
        for (int j = parens + 1; j < text.length() && j < parens + 400; j++) {
            char c = text.charAt(j);
            if (c == '{') {
                return j;
            }
            if (c == '=' && j + 1 < text.length() && text.charAt(j + 1) == '>') {
                return bodyAfterArrow(text, j + 2);
            }
            if (c == ';' || c == '}') {
                return -1;
            }
        }
        return -1;
    }

    private static int bodyAfterArrow(String text, int from) {
        int k = from;
        while (k < text.length() && Character.isWhitespace(text.charAt(k))) {
            k++;
        }
        return k < text.length() && (text.charAt(k) == '{' || text.charAt(k) == '(') ? k : -1;
    }

    static String stubReason(String body) {
        String code = body.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\\n]*", "").strip();
        if (code.isEmpty()) {
            return body.isBlank() ? "empty body" : "body is only a comment";
        }
        if (NOT_IMPLEMENTED.matcher(code).matches()) {
            return "throws a 'not implemented' error";
        }
        if (code.matches("return\\s+(null|undefined|\\{\\s*}|\\[\\s*])\\s*;?")) {
            return "only returns a placeholder";
        }
        return null;
    }

    private static boolean documented(List<String> lines, int line) {
        for (int i = line - 2; i >= 0; i--) {
            String s = lines.get(i).strip();
            if (s.isEmpty() || s.startsWith("@")) {
                continue;
            }
            if (!s.endsWith("*/")) {
                return false;
            }
            for (int j = i; j >= 0; j--) {
                if (lines.get(j).contains("/**")) {
                    return true;
                }
                if (lines.get(j).contains("/*")) {
                    return false;
                }
            }
            return false;
        }
        return false;
    }

    private static int[] lineStarts(String text) {
        int[] starts = new int[16];
        int n = 0;
        starts[n++] = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, n);
    }

    private static int lineOf(int[] lineStarts, int offset) {
        int idx = Arrays.binarySearch(lineStarts, offset);
        return (idx >= 0 ? idx : -idx - 2) + 1;
    }
}
