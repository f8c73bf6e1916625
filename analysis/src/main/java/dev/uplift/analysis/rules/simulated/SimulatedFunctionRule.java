package dev.uplift.analysis.rules.simulated;

import dev.uplift.analysis.parse.FunctionInfo;
import dev.uplift.analysis.parse.ParsedFile;
import dev.uplift.analysis.parse.SyntaxTree;
import dev.uplift.analysis.rules.FileRule;
import dev.uplift.analysis.rules.KeywordMatcher;
import dev.uplift.model.Category;
import dev.uplift.model.Finding;
import dev.uplift.model.Rule;
import dev.uplift.model.Severity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * STUB-SIMULATED: production functions that pretend to work — canned results, random numbers posing
 * as measures, mock data returned as if fetched, sleeps instead of work, log lines claiming work
 * (see {@link SimulatedWork}). Python, TypeScript/JavaScript and Java. Test code, test doubles and
 * fixtures are left alone; demo and example folders are reported, minor, and the engine keeps one
 * finding per folder ({@link #DEMO_SEVERITY}).
 */
public final class SimulatedFunctionRule implements FileRule {
    public static final Rule RULE = new Rule("STUB-SIMULATED", "Simulated implementations", Category.CODE_QUALITY,
            Severity.MAJOR, 480, null,
            "A function that looks implemented but fakes its work: it returns canned or random results whatever its "
                    + "inputs, returns mock data as if fetched, sleeps where the work should be, or only logs that the "
                    + "work was done. Critical on security, payment and data-integrity paths.",
            "Build the real implementation (data source, model, integration) with tests; until then make the "
                    + "function fail loudly (raise NotImplementedError, throw UnsupportedOperationException) instead of "
                    + "answering.");
    /** Demo code is meant to pretend: it is named once per folder, at this severity, and counts as no stub. */
    public static final Severity DEMO_SEVERITY = Severity.MINOR;

    /**
     * Cheap text test before a function is read at all: one keyword pass (comments that say so, randomness,
     * sleeps, success, log lines), else a literal returned.
     */
    private static final KeywordMatcher HINTS = new KeywordMatcher(List.of(List.of("simul", "production",
            "real impl", "real call", "real api", "real data", "placeholder", "mock", "dummy", "fake", "pretend",
            "hardcoded", "hard-coded", "demo", "stub", "sample", "canned", "for now", "temporar", "random", "nextdouble",
            "nextint", "nextfloat", "nextgaussian", "uniform(", "randint", "sleep", "settimeout", "delay", "success",
            "logger.", "logging.", "log.", "console.", "print(", "println", "system.out"), List.of("return", "=>")));
    private static final long HINTED = 1L;
    private static final long RETURNS = 1L << 1;
    /**
     * A returned literal that could carry data on its own: a record, a list, a figure, an object built of
     * literals (a bare string says nothing without a comment, sleep or log line, and those are keywords).
     */
    private static final Pattern LITERAL_RETURNED = Pattern.compile("return\\s*[\\[{]|return\\s+-?\\d+\\.\\d"
            + "|return\\s+(?:[2-9]|1\\d)|return\\s+(?:new|List\\.of|Map\\.of|Arrays\\.asList)\\b[^;]*[\"'\\d]"
            + "|=>\\s*(?:\\(\\s*)?[\\[{]");
    private static final Set<String> NOT_JUDGED_FOLDERS = Set.of("__mocks__", "mocks", "mock", "fixtures", "fixture", "fakes",
            "fake", "stubs", "stub", "seeds", "seeders", "seed", "stories", "storybook", "__fixtures__", "testing",
            "test-utils", "testutils", "test_utils", "mockdata", "mock-data", "mock_data", "dummy",
            "vendor", "vendors", "third_party", "third-party", "thirdparty", "libs");
    private static final Set<String> DEMO_FOLDERS = Set.of("examples", "example", "demo", "demos", "samples", "sample",
            "playground", "sandbox", "tutorial", "tutorials", "showcase");
    private static final Pattern DOUBLE_FILE = Pattern.compile("(?i)(^|[._-])(mocks?|fakes?|stubs?|fixtures?|dummy|seed(er)?s?"
            + "|stories|conftest)([._-]|$)");
    private static final Set<String> SKIPPED_NAMES = Set.of("__init__", "__post_init__", "constructor", "setUp",
            "tearDown", "__repr__", "__str__", "toString", "hashCode", "equals", "main", "render");

    @Override
    public Rule rule() {
        return RULE;
    }

    @Override
    public void check(ParsedFile file, Consumer<Finding> findings) {
        if (file.file().test() || testDouble(file.file().path())) {
            return;
        }
        List<FunctionShape> shapes;
        if (file.tree() instanceof SyntaxTree.Java java) {
            shapes = JavaShapes.read(java.unit(), file.lines(), candidates(file.lines()));
        } else if (file.tree() instanceof SyntaxTree.TreeSitter tree) {
            shapes = TreeSitterShapes.read(tree, candidates(file.lines()));
        } else {
            return;
        }
        if (shapes.isEmpty()) {
            return;
        }
        Set<Integer> honestStubs = new HashSet<>(); // empty or 'not implemented': STUB-FUNCTION's, not ours
        for (FunctionInfo f : file.functions()) {
            if (f.isStub()) {
                honestStubs.add(f.startLine());
            }
        }
        boolean demo = demo(file.file().path());
        for (FunctionShape shape : shapes) {
            if (honestStubs.contains(shape.line()) || SKIPPED_NAMES.contains(shape.name())) {
                continue;
            }
            SimulatedWork.judge(shape, file.file().path()).ifPresent(verdict -> {
                Severity severity = demo ? DEMO_SEVERITY : verdict.sensitive() ? Severity.CRITICAL : RULE.severity();
                String message = verdict.message(shape.name()) + (verdict.sensitive() && !demo
                        ? " (on a security, payment or data-integrity path)" : "");
                // a real implementation on a sensitive path needs a design and a security review as well
                int minutes = verdict.sensitive() ? 2 * RULE.remediationMinutes() : RULE.remediationMinutes();
                findings.accept(new Finding(RULE.id(), RULE.category(), severity, file.file().path(), shape.line(),
                        message, FileRule.excerpt(file.lines().get(shape.line() - 1)), minutes, null, null));
            });
        }
    }

    /**
     * One finding per examples or demo folder in place of one per function: demo code is meant to pretend,
     * but a reviewer should know it is there (and that none of it ships).
     */
    public static List<Finding> oncePerDemoFolder(List<Finding> demoFindings) {
        Map<String, List<Finding>> byFolder = new TreeMap<>();
        for (Finding f : demoFindings) {
            byFolder.computeIfAbsent(demoFolder(f.file()), k -> new ArrayList<>()).add(f);
        }
        List<Finding> out = new ArrayList<>();
        byFolder.forEach((folder, found) -> {
            Finding first = found.get(0);
            String names = found.stream().limit(5).map(f -> f.message().replaceFirst("^'([^']*)'.*", "$1"))
                    .collect(Collectors.joining(", "));
            out.add(new Finding(RULE.id(), RULE.category(), DEMO_SEVERITY, first.file(), first.line(),
                    found.size() + (found.size() == 1 ? " function" : " functions") + " under " + folder
                            + "/ fake their work, as demo code may (" + names + (found.size() > 5 ? ", …" : "")
                            + "); make sure none of it ships", first.evidence(), 30, null, null));
        });
        return out;
    }

    /**
     * Functions worth reading into a shape: each line of the file is tested once (a keyword pass, then a
     * literal return), and a function qualifies when one of its lines did.
     */
    static Candidates candidates(List<String> lines) {
        int[] hinted = new int[lines.size() + 1]; // hinted[n]: lines 1..n that hint at pretending
        for (int n = 1; n <= lines.size(); n++) {
            String line = lines.get(n - 1);
            long seen = HINTS.scan(line); // one pass for the hints and for whether a literal return is possible
            boolean hint = (seen & HINTED) != 0 || (seen & RETURNS) != 0 && LITERAL_RETURNED.matcher(line).find();
            hinted[n] = hinted[n - 1] + (hint ? 1 : 0);
        }
        return (first, last) -> first >= 1 && first <= last
                && hinted[Math.min(last, lines.size())] - hinted[first - 1] > 0;
    }

    /** Test doubles, fixtures and seeders, whose job is to pretend; vendored code, which is not the team's to build. */
    static boolean testDouble(String path) {
        String[] parts = path.toLowerCase(Locale.ROOT).split("/");
        for (int i = 0; i < parts.length - 1; i++) {
            if (NOT_JUDGED_FOLDERS.contains(parts[i])) {
                return true;
            }
        }
        // script libraries copied into a web app's static folder are vendored too (static/js/lib, static/plugins)
        boolean bundled = path.matches("(?i)(?:.*/)?static/(?:.*/)?(?:lib|plugins)/.*");
        return bundled || DOUBLE_FILE.matcher(path.substring(path.lastIndexOf('/') + 1)).find() || path.contains(".stories.");
    }

    /** Under an examples or demo folder: expected to pretend, reported once per folder. */
    public static boolean demo(String path) {
        return demoFolder(path) != null;
    }

    /** The path of the examples or demo folder the file is in, or null. */
    public static String demoFolder(String path) {
        String[] parts = path.split("/");
        StringBuilder folder = new StringBuilder();
        for (int i = 0; i < parts.length - 1; i++) {
            folder.append(i == 0 ? "" : "/").append(parts[i]);
            if (DEMO_FOLDERS.contains(parts[i].toLowerCase(Locale.ROOT))) {
                return folder.toString();
            }
        }
        return null;
    }
}
