package dev.uplift.analysis.parse;

import java.util.BitSet;
import java.util.List;

/**
 * Classifies each line as code, comment or blank, for one comment syntax. Strings are tracked so that
 * a {@code //} inside a literal does not start a comment. Immutable once built.
 */
public final class LineKinds {
    /** How a language writes comments. */
    public enum CommentStyle { C_LIKE, HASH, NONE }

    private final BitSet code;
    private final BitSet comment;
    private final int lines;

    private LineKinds(BitSet code, BitSet comment, int lines) {
        this.code = code;
        this.comment = comment;
        this.lines = lines;
    }

    public static CommentStyle styleOf(String language) {
        return switch (language) {
            case "java", "kotlin", "scala", "groovy", "gradle", "typescript", "javascript", "go", "rust", "csharp", "c",
                    "cpp", "swift", "php", "css" -> CommentStyle.C_LIKE;
            case "python", "ruby", "shell", "yaml", "toml", "dockerfile", "make", "dotenv", "properties", "ini",
                    "terraform" -> CommentStyle.HASH;
            default -> CommentStyle.NONE;
        };
    }

    public static LineKinds classify(List<String> lines, CommentStyle style) {
        BitSet code = new BitSet(lines.size());
        BitSet comment = new BitSet(lines.size());
        boolean inBlock = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            boolean hasCode = false;
            boolean hasComment = inBlock;
            char quote = 0;
            for (int j = 0; j < line.length(); j++) {
                char c = line.charAt(j);
                char next = j + 1 < line.length() ? line.charAt(j + 1) : 0;
                if (inBlock) {
                    if (c == '*' && next == '/') {
                        inBlock = false;
                        j++;
                    }
                } else if (quote != 0) {
                    if (c == '\\') {
                        j++;
                    } else if (c == quote) {
                        quote = 0;
                    }
                } else if (style == CommentStyle.C_LIKE && c == '/' && next == '/') {
                    hasComment = true;
                    break;
                } else if (style == CommentStyle.C_LIKE && c == '/' && next == '*') {
                    inBlock = true;
                    hasComment = true;
                    j++;
                } else if (style == CommentStyle.HASH && c == '#') {
                    hasComment = true;
                    break;
                } else if (!Character.isWhitespace(c)) {
                    hasCode = true;
                    if (c == '"' || c == '\'' || c == '`') {
                        quote = c;
                    }
                }
            }
            if (hasCode) {
                code.set(i);
            } else if (hasComment) {
                comment.set(i);
            }
        }
        return new LineKinds(code, comment, lines.size());
    }

    /**
     * The same lines with these 1-based, inclusive ranges counted as comments: documentation written as
     * code, such as Python's docstrings, which are string statements to the parser.
     */
    public LineKinds withCommentRanges(List<int[]> ranges) {
        if (ranges.isEmpty()) {
            return this;
        }
        BitSet newCode = (BitSet) code.clone();
        BitSet newComment = (BitSet) comment.clone();
        for (int[] r : ranges) {
            int from = Math.max(0, r[0] - 1);
            int to = Math.min(lines, r[1]);
            if (from < to) {
                newCode.clear(from, to);
                newComment.set(from, to);
            }
        }
        return new LineKinds(newCode, newComment, lines);
    }

    /** Lines of code: lines with anything but comments and white space. */
    public int codeLines() {
        return code.cardinality();
    }

    public int commentLines() {
        return comment.cardinality();
    }

    /** Whether the 1-based line holds code. */
    public boolean isCode(int line) {
        return code.get(line - 1);
    }

    public int lineCount() {
        return lines;
    }
}
