package dev.uplift.analysis.coverage;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The coverage estimate when no report exists: which production functions tests reach. A test
 * <em>refers to</em> a production file when its code names the file's stem (the class
 * {@code OrderService}, the module {@code handlers} in {@code from pkg.handlers import …}, the
 * {@code ./orderApi} of an import path; {@code __init__.py} and {@code index.ts} go by their folder).
 * A function of that file is <em>reached</em> when a test that refers to the file also names the
 * function; constructors are reached by naming the file, and a function of the same file that a
 * reached function names is reached too. A private Python module ({@code _client.py}) is used through
 * its package, so a test naming the package reaches the module's functions it names. The estimate is
 * the share of function lines reached. It reads names, not execution: a call in a test that never runs still counts, and a
 * function reached only through another is missed, hence "estimated" wherever it is shown.
 * Stateless.
 */
public final class TestReach {
    private static final Set<String> CONSTRUCTORS = Set.of("__init__", "constructor");
    private static final Set<String> FOLDER_NAMED = Set.of("__init__", "index", "__main__", "mod");

    /** A production file, its functions' lines by name, and which of its functions each one names. */
    public record Production(String path, Map<String, Integer> functionLines, Map<String, Set<String>> localCalls) {
    }

    /**
     * What tests reach of one production file.
     *
     * @param referenced   some test names the file
     * @param reachedLines lines of functions that a test referring to the file names
     */
    public record Reach(boolean referenced, int reachedLines, int functionLines) {
    }

    private TestReach() {
    }

    /** Reach of every production file, by path; {@code tests} are the identifier sets of the test files. */
    public static Map<String, Reach> of(List<Production> production, List<Set<String>> tests) {
        Map<String, List<Set<String>>> testsByStem = new HashMap<>();
        for (Production p : production) {
            testsByStem.putIfAbsent(stem(p.path()), new ArrayList<>());
            packageOfPrivateModule(p.path()).ifPresent(pkg -> testsByStem.putIfAbsent(pkg, new ArrayList<>()));
        }
        for (Set<String> test : tests) {
            for (String word : test) {
                List<Set<String>> referring = testsByStem.get(word);
                if (referring != null) {
                    referring.add(test);
                }
            }
        }
        Map<String, Reach> out = new HashMap<>();
        for (Production p : production) {
            String stem = stem(p.path());
            List<Set<String>> referring = testsByStem.get(stem);
            // a private module (httpx/_client.py) is used through its package (httpx.Client): tests that name
            // the package reach the functions they name, though not its constructors by the naming alone
            List<Set<String>> throughPackage = packageOfPrivateModule(p.path()).map(testsByStem::get).orElse(List.of());
            Set<String> hit = new HashSet<>();
            Deque<String> work = new ArrayDeque<>();
            for (String name : p.functionLines().keySet()) {
                boolean named = !referring.isEmpty() && (CONSTRUCTORS.contains(name) || name.equals(stem)
                        || referring.stream().anyMatch(t -> t.contains(name)))
                        || throughPackage.stream().anyMatch(t -> t.contains(name));
                if (named && hit.add(name)) {
                    work.add(name);
                }
            }
            while (!work.isEmpty()) { // helpers of reached functions, transitively
                for (String callee : p.localCalls().getOrDefault(work.poll(), Set.of())) {
                    if (p.functionLines().containsKey(callee) && hit.add(callee)) {
                        work.add(callee);
                    }
                }
            }
            int total = p.functionLines().values().stream().mapToInt(Integer::intValue).sum();
            int reached = hit.stream().mapToInt(p.functionLines()::get).sum();
            out.put(p.path(), new Reach(!referring.isEmpty() || !hit.isEmpty(), reached, total));
        }
        return out;
    }

    /** The package of a private Python module: "src/httpx/_client.py" → "httpx"; others have none. */
    static java.util.Optional<String> packageOfPrivateModule(String path) {
        String[] parts = path.split("/");
        String name = parts[parts.length - 1];
        boolean privateModule = name.endsWith(".py") && name.startsWith("_") && !name.startsWith("__");
        return privateModule && parts.length > 1 ? java.util.Optional.of(parts[parts.length - 2])
                : java.util.Optional.empty();
    }

    /** "a/b/OrderService.java" → "OrderService"; "pkg/orders/__init__.py" → "orders". */
    static String stem(String path) {
        String[] parts = path.split("/");
        String name = parts[parts.length - 1];
        int dot = name.indexOf('.');
        String stem = dot <= 0 ? name : name.substring(0, dot);
        if (FOLDER_NAMED.contains(stem) && parts.length > 1) {
            return parts[parts.length - 2];
        }
        return stem;
    }
}
