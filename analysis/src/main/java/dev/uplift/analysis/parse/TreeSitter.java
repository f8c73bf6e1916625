package dev.uplift.analysis.parse;

import org.treesitter.TSLanguage;
import org.treesitter.TSNode;
import org.treesitter.TSParser;
import org.treesitter.TSTreeCursor;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;

/** What the tree-sitter front ends share: per-thread parsers, node text and error counting. */
public final class TreeSitter {
    private TreeSitter() {
    }

    /** A parser per thread for the grammar: native parsers are not thread-safe. */
    static ThreadLocal<TSParser> parserPerThread(Supplier<TSLanguage> language) {
        return ThreadLocal.withInitial(() -> {
            TSParser parser = new TSParser();
            parser.setLanguage(language.get());
            return parser;
        });
    }

    /** Whether the native library loads on this platform (it is loaded on first use). */
    static boolean loads(ThreadLocal<?> parser) {
        try {
            parser.get();
            return true;
        } catch (UnsatisfiedLinkError | RuntimeException e) {
            return false;
        }
    }

    /**
     * The node's named children in order. A cursor steps from one to the next; asking for the i-th
     * child instead starts from the first every time, which is quadratic on a module of many statements.
     */
    public static List<TSNode> namedChildren(TSNode node) {
        List<TSNode> out = new ArrayList<>();
        if (node == null || node.isNull() || node.getChildCount() == 0) {
            return out;
        }
        try (TSTreeCursor cursor = new TSTreeCursor(node)) {
            if (cursor.gotoFirstChild()) {
                do {
                    TSNode child = cursor.currentNode();
                    if (child.isNamed()) {
                        out.add(child);
                    }
                } while (cursor.gotoNextSibling());
            }
        }
        return out;
    }

    /**
     * The node's first {@code limit} named children that are not comments, in order: enough to tell a
     * docstring or a stub body without reading every statement of a long one.
     */
    public static List<TSNode> firstStatements(TSNode node, int limit) {
        List<TSNode> out = new ArrayList<>(limit);
        if (node == null || node.isNull() || node.getChildCount() == 0) {
            return out;
        }
        try (TSTreeCursor cursor = new TSTreeCursor(node)) {
            if (cursor.gotoFirstChild()) {
                do {
                    TSNode child = cursor.currentNode();
                    if (child.isNamed() && !child.getType().equals("comment")) {
                        out.add(child);
                    }
                } while (out.size() < limit && cursor.gotoNextSibling());
            }
        }
        return out;
    }

    /** The node's source text; tree-sitter's offsets are into the UTF-8 bytes. */
    public static String text(byte[] source, TSNode node) {
        if (node == null || node.isNull()) {
            return "";
        }
        return new String(source, node.getStartByte(), node.getEndByte() - node.getStartByte(), StandardCharsets.UTF_8);
    }

    /** ERROR and MISSING nodes in the tree, walked without recursion; at least 1 for a tree with errors. */
    static int countErrors(TSNode root) {
        if (!root.hasError()) {
            return 0;
        }
        int count = 0;
        Deque<TSNode> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            TSNode node = stack.pop();
            if (node.isError() || node.isMissing()) {
                count++;
            }
            if (node.hasError() && node.getChildCount() > 0) { // only subtrees that hold an error are worth entering
                try (TSTreeCursor cursor = new TSTreeCursor(node)) {
                    if (cursor.gotoFirstChild()) {
                        do {
                            stack.push(cursor.currentNode());
                        } while (cursor.gotoNextSibling());
                    }
                }
            }
        }
        return Math.max(count, 1);
    }

    /** The warning for a file with syntax errors, or null. */
    static String problem(String language, int errors) {
        return errors == 0 ? null : language + " syntax errors in " + errors + (errors == 1 ? " place" : " places")
                + "; the rest of the file was analyzed";
    }
}
