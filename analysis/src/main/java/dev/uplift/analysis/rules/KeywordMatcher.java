package dev.uplift.analysis.rules;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Finds which of up to 64 groups of ASCII keywords occur in a text, ignoring case, in one pass
 * (Aho–Corasick, with the failure links folded into a full transition table). Rules use it as a cheap
 * prefilter: a regular expression runs only on a text that holds one of the keywords it needs.
 * Immutable and thread-safe once built.
 */
public final class KeywordMatcher {
    private static final int ALPHABET = 128;

    private final int[][] next;
    private final long[] found;

    /** @param groups each group's keywords; a keyword must appear in every text its group's regex matches */
    public KeywordMatcher(List<List<String>> groups) {
        if (groups.size() > 64) {
            throw new IllegalArgumentException("at most 64 groups");
        }
        List<int[]> transitions = new ArrayList<>();
        List<Long> outputs = new ArrayList<>();
        transitions.add(new int[ALPHABET]);
        outputs.add(0L);
        for (int g = 0; g < groups.size(); g++) {
            for (String keyword : groups.get(g)) {
                int state = 0;
                for (char c : keyword.toCharArray()) {
                    int symbol = symbol(c);
                    if (symbol == 0) {
                        throw new IllegalArgumentException("keywords are ASCII: " + keyword);
                    }
                    if (transitions.get(state)[symbol] == 0) {
                        transitions.add(new int[ALPHABET]);
                        outputs.add(0L);
                        transitions.get(state)[symbol] = transitions.size() - 1;
                    }
                    state = transitions.get(state)[symbol];
                }
                outputs.set(state, outputs.get(state) | (1L << g));
            }
        }
        next = transitions.toArray(new int[0][]);
        found = outputs.stream().mapToLong(Long::longValue).toArray();
        int[] fail = new int[next.length];
        Deque<Integer> queue = new ArrayDeque<>();
        for (int symbol = 1; symbol < ALPHABET; symbol++) {
            if (next[0][symbol] != 0) {
                queue.add(next[0][symbol]);
            }
        }
        while (!queue.isEmpty()) { // breadth first: a state's failure target is settled before its children
            int state = queue.poll();
            found[state] |= found[fail[state]];
            for (int symbol = 1; symbol < ALPHABET; symbol++) {
                int child = next[state][symbol];
                if (child != 0) {
                    fail[child] = next[fail[state]][symbol];
                    queue.add(child);
                } else {
                    next[state][symbol] = next[fail[state]][symbol];
                }
            }
        }
    }

    /** Bit g is set when a keyword of group g occurs in the text. */
    public long scan(CharSequence text) {
        int state = 0;
        long seen = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            state = next[state][symbol(text.charAt(i))];
            seen |= found[state];
        }
        return seen;
    }

    /** Lower-case ASCII; everything else is symbol 0, which no keyword contains. */
    private static int symbol(char c) {
        if (c >= 'A' && c <= 'Z') {
            return c + ('a' - 'A');
        }
        return c < ALPHABET ? c : 0;
    }
}
