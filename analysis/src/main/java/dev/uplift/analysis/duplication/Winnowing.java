package dev.uplift.analysis.duplication;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Token fingerprints of a source file by winnowing (Schleimer, Wilkerson and Aiken, "Winnowing: local
 * algorithms for document fingerprinting", SIGMOD 2003): every run of {@value #K} tokens is hashed,
 * and of each {@value #W} consecutive hashes the smallest is kept. Two files that share a run of at
 * least {@value #GUARANTEED} tokens (about CPD's default of 100) share a fingerprint. Literals are
 * normalised (a copy with other strings or numbers is still a copy); identifiers are kept, as CPD does
 * by default; comments, blank lines and import lines are skipped. Stateless.
 */
public final class Winnowing {
    static final int K = 50;
    static final int W = 50;
    static final int GUARANTEED = K + W - 1;
    private static final long BASE = 1_000_003L;
    // string literals as "unrolled loops" with possessive quantifiers: a long literal cannot overflow the stack
    private static final Pattern TOKEN = Pattern.compile("\"[^\"\\\\]*+(?:\\\\.[^\"\\\\]*+)*+\"?"
            + "|'[^'\\\\]*+(?:\\\\.[^'\\\\]*+)*+'?|`[^`]*+`?|\\d[\\w.]*+|[A-Za-z_$][\\w$]*+|\\S");
    private static final Pattern IMPORT = Pattern.compile("^\\s*(import|package|from\\s+\\S+\\s+import|export\\s+\\*)\\b");

    private Winnowing() {
    }

    /**
     * @param lines the file's lines
     * @param code  whether a 1-based line holds code (comments and blanks do not)
     */
    public static Fingerprints of(List<String> lines, java.util.function.IntPredicate code) {
        List<Integer> tokenHashes = new ArrayList<>();
        List<Integer> tokenLines = new ArrayList<>();
        for (int n = 1; n <= lines.size(); n++) {
            String line = lines.get(n - 1);
            if (!code.test(n) || IMPORT.matcher(line).find()) {
                continue;
            }
            Matcher m = TOKEN.matcher(line);
            while (m.find()) {
                String t = m.group();
                char c = t.charAt(0);
                boolean literal = c == '"' || c == '\'' || c == '`' || Character.isDigit(c);
                tokenHashes.add(literal ? 0x5f3759df : t.hashCode());
                tokenLines.add(n);
            }
        }
        int runs = tokenHashes.size() - K + 1;
        if (runs < 1) {
            return Fingerprints.NONE;
        }
        long[] runHashes = new long[runs];
        long power = 1; // BASE^(K-1): what the token leaving the run contributed
        for (int j = 1; j < K; j++) {
            power *= BASE;
        }
        long h = 0;
        for (int j = 0; j < K; j++) {
            h = h * BASE + tokenHashes.get(j);
        }
        runHashes[0] = mix(h);
        for (int i = 1; i < runs; i++) { // rolling: drop token i-1, add token i+K-1
            h = (h - tokenHashes.get(i - 1) * power) * BASE + tokenHashes.get(i + K - 1);
            runHashes[i] = mix(h);
        }
        List<Integer> chosen = new ArrayList<>();
        Deque<Integer> window = new ArrayDeque<>(); // run indexes with rising hashes: the minimum first
        int last = -1;
        int span = Math.min(W, runs);
        for (int i = 0; i < runs; i++) {
            while (!window.isEmpty() && runHashes[window.peekLast()] >= runHashes[i]) {
                window.pollLast(); // ties keep the rightmost minimum, as the paper chooses
            }
            window.addLast(i);
            if (window.peekFirst() <= i - W) {
                window.pollFirst();
            }
            if (i >= span - 1 && window.peekFirst() != last) {
                last = window.peekFirst();
                chosen.add(last);
            }
        }
        long[] hashes = new long[chosen.size()];
        int[] starts = new int[chosen.size()];
        int[] ends = new int[chosen.size()];
        for (int i = 0; i < chosen.size(); i++) {
            int run = chosen.get(i);
            hashes[i] = runHashes[run];
            starts[i] = tokenLines.get(run);
            ends[i] = tokenLines.get(run + K - 1);
        }
        return new Fingerprints(hashes, starts, ends);
    }

    /** Spreads the polynomial hash's bits (SplitMix64's finaliser) so minima are not biased. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
