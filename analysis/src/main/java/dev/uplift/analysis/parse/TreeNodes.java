package dev.uplift.analysis.parse;

import org.treesitter.TSNode;
import org.treesitter.TSQuery;
import org.treesitter.TSQueryCapture;
import org.treesitter.TSQueryCursor;
import org.treesitter.TSQueryMatch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The nodes of one tree that the front end and the rules read, found by one native query per file
 * and kept in document order, each with its nearest captured ancestor. Every node read from Java costs
 * a native call, and a query pass costs about as much as the parse, so one pass serves everything:
 * definitions, calls, control flow for the metrics, loops for the performance rules.
 */
public final class TreeNodes {
    private final List<TSNode> nodes;
    private final String[] types;
    private final int[] starts;
    private final int[] ends;
    private final int[] parents;
    private final Map<String, List<Integer>> byType = new HashMap<>();

    private TreeNodes(List<TSNode> captured) {
        int n = captured.size();
        int[] start = new int[n];
        int[] end = new int[n];
        for (int i = 0; i < n; i++) {
            start[i] = captured.get(i).getStartByte();
            end[i] = captured.get(i).getEndByte();
        }
        // document order, an ancestor before its descendants (same start: the longer first); stable for ties
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> start[a] != start[b] ? Integer.compare(start[a], start[b])
                : Integer.compare(end[b], end[a]));
        this.nodes = new ArrayList<>(n);
        this.types = new String[n];
        this.starts = new int[n];
        this.ends = new int[n];
        this.parents = new int[n];
        int[] stack = new int[n];
        int depth = 0;
        for (int i = 0; i < n; i++) {
            TSNode node = captured.get(order[i]);
            nodes.add(node);
            types[i] = node.getType();
            starts[i] = start[order[i]];
            ends[i] = end[order[i]];
            while (depth > 0 && ends[stack[depth - 1]] < ends[i]) {
                depth--; // it starts no later (document order) but ends first: a finished sibling, not an ancestor
            }
            parents[i] = depth == 0 ? -1 : stack[depth - 1];
            stack[depth++] = i;
            byType.computeIfAbsent(types[i], t -> new ArrayList<>()).add(i);
        }
    }

    /** Runs the query (a list of node types captured as one) over the tree. */
    static TreeNodes find(TSQuery query, TSNode root) {
        List<TSNode> captured = new ArrayList<>();
        try (TSQueryCursor cursor = new TSQueryCursor()) {
            cursor.exec(query, root);
            TSQueryMatch match = new TSQueryMatch();
            while (cursor.nextMatch(match)) {
                for (TSQueryCapture capture : match.getCaptures()) {
                    captured.add(capture.getNode());
                }
            }
        }
        return new TreeNodes(captured);
    }

    /** A query capturing every node of the given types: {@code [(a) (b) …] @node}. */
    static String queryFor(Set<String> types) {
        StringBuilder q = new StringBuilder("[");
        types.stream().sorted().forEach(t -> q.append('(').append(t).append(") "));
        return q.append("] @node").toString();
    }

    public int size() {
        return nodes.size();
    }

    public TSNode node(int i) {
        return nodes.get(i);
    }

    public String type(int i) {
        return types[i];
    }

    public int start(int i) {
        return starts[i];
    }

    public int end(int i) {
        return ends[i];
    }

    /** The nearest captured ancestor, or -1. */
    public int parent(int i) {
        return parents[i];
    }

    /** The indices of the captured nodes of this type, in document order. */
    public List<Integer> indicesOf(String type) {
        return byType.getOrDefault(type, Collections.emptyList());
    }

    /** The captured nodes of these types, in document order. */
    public List<TSNode> ofType(String... wanted) {
        if (wanted.length == 1) {
            return indicesOf(wanted[0]).stream().map(nodes::get).toList();
        }
        Set<String> set = Set.of(wanted);
        List<TSNode> out = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            if (set.contains(types[i])) {
                out.add(nodes.get(i));
            }
        }
        return out;
    }

    /** The index of this node among the captured ones, or -1 (found by its byte range and type). */
    public int indexOf(TSNode node) {
        List<Integer> candidates = indicesOf(node.getType());
        int start = node.getStartByte();
        int end = node.getEndByte();
        int lo = 0;
        int hi = candidates.size() - 1;
        while (lo <= hi) { // candidates are in document order: binary search on the start byte
            int mid = (lo + hi) >>> 1;
            int i = candidates.get(mid);
            if (starts[i] < start) {
                lo = mid + 1;
            } else if (starts[i] > start) {
                hi = mid - 1;
            } else {
                for (int k = mid; k >= 0 && starts[candidates.get(k)] == start; k--) {
                    if (ends[candidates.get(k)] == end) {
                        return candidates.get(k);
                    }
                }
                for (int k = mid + 1; k < candidates.size() && starts[candidates.get(k)] == start; k++) {
                    if (ends[candidates.get(k)] == end) {
                        return candidates.get(k);
                    }
                }
                return -1;
            }
        }
        return -1;
    }

    /**
     * The nearest captured ancestor of one of the {@code wanted} types below the nearest one of the
     * {@code stopAt} types (a loop inside the same function, not around it), or -1.
     */
    public int enclosing(int i, Set<String> wanted, Set<String> stopAt) {
        for (int p = parents[i]; p >= 0; p = parents[p]) {
            if (wanted.contains(types[p])) {
                return p;
            }
            if (stopAt.contains(types[p])) {
                return -1;
            }
        }
        return -1;
    }

    /** The nearest captured ancestor of one of these types, or -1. */
    public int ancestor(int i, Set<String> wanted) {
        for (int p = parents[i]; p >= 0; p = parents[p]) {
            if (wanted.contains(types[p])) {
                return p;
            }
        }
        return -1;
    }
}
