package dev.uplift.analysis.parse;

/**
 * Finds the bracket that closes an opening one in C-like source, passing over strings, template
 * literals and comments. Iterative, so deeply nested input cannot overflow the stack.
 */
final class Brackets {
    private Brackets() {
    }

    /** Index of the bracket closing the one at {@code open}, or -1 when the text ends first. */
    static int findClosing(String text, int open) {
        char opening = text.charAt(open);
        char closing = opening == '{' ? '}' : opening == '(' ? ')' : ']';
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
            if (c == '/' && next == '/') {
                int eol = text.indexOf('\n', i);
                if (eol < 0) {
                    return -1;
                }
                i = eol;
            } else if (c == '/' && next == '*') {
                int end = text.indexOf("*/", i + 2);
                if (end < 0) {
                    return -1;
                }
                i = end + 1;
            } else if (c == '"' || c == '\'' || c == '`') {
                i = skipString(text, i, c);
                if (i < 0) {
                    return -1;
                }
            } else if (c == opening) {
                depth++;
            } else if (c == closing && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static int skipString(String text, int start, char quote) {
        for (int i = start + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == quote) {
                return i;
            } else if (c == '\n' && quote != '`') {
                return i; // unterminated ordinary string: stop at the line end
            }
        }
        return -1;
    }
}
