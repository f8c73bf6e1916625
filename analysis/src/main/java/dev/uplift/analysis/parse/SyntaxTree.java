package dev.uplift.analysis.parse;

import com.github.javaparser.ast.CompilationUnit;
import org.treesitter.TSNode;
import org.treesitter.TSTree;

/** The language-specific tree a front end produced, for the rules that need more than lines. */
public sealed interface SyntaxTree {

    /** A Java compilation unit from JavaParser. */
    record Java(CompilationUnit unit) implements SyntaxTree {
    }

    /**
     * A tree-sitter tree, the UTF-8 bytes its offsets point into, and the nodes the front end's one
     * query captured for the rules ({@link TreeNodes}). Native memory: whoever parsed the
     * file closes it once every rule has run ({@link #close()}); no node may be kept after that.
     */
    record TreeSitter(TSTree tree, byte[] source, String language, TreeNodes nodes) implements SyntaxTree {
        public TSNode root() {
            return tree.getRootNode();
        }

        /**
         * Whether the source between these byte offsets holds the ASCII text: a cheap test before
         * reading a node's parts, without making a string of it.
         */
        public boolean mentions(int start, int end, String ascii) {
            int n = ascii.length();
            outer:
            for (int i = Math.max(0, start); i + n <= Math.min(end, source.length); i++) {
                for (int k = 0; k < n; k++) {
                    if (source[i + k] != (byte) ascii.charAt(k)) {
                        continue outer;
                    }
                }
                return true;
            }
            return false;
        }

        /** The node's source text. */
        public String text(TSNode node) {
            return dev.uplift.analysis.parse.TreeSitter.text(source, node);
        }

        @Override
        public void close() {
            tree.close();
        }
    }

    /** Frees what the tree holds outside the Java heap; a no-op for trees the garbage collector owns. */
    default void close() {
    }

    /** No tree: the file was read line by line (unsupported language, or the parser gave up). */
    record None() implements SyntaxTree {
    }
}
