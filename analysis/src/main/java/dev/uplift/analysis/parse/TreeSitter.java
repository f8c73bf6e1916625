package dev.uplift.analysis.parse;

import org.treesitter.TSLanguage;
import org.treesitter.TSNode;
import org.treesitter.TSParser;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
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
            if (node.hasError()) { // only subtrees that hold an error are worth entering
                for (int i = 0; i < node.getChildCount(); i++) {
                    stack.push(node.getChild(i));
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
