package dev.uplift.analysis.engine;

import dev.uplift.analysis.duplication.Duplication;
import dev.uplift.analysis.duplication.Fingerprints;
import dev.uplift.analysis.duplication.Winnowing;
import dev.uplift.analysis.index.IndexedFile;
import dev.uplift.analysis.parse.FrontEnd;
import dev.uplift.analysis.parse.FunctionInfo;
import dev.uplift.analysis.parse.GeneratedCode;
import dev.uplift.analysis.parse.ParsedFile;
import dev.uplift.analysis.rules.FileRule;
import dev.uplift.analysis.rules.RuleCatalog;
import dev.uplift.analysis.rules.Signals;
import dev.uplift.analysis.rules.simulated.SimulatedFunctionRule;
import dev.uplift.model.Category;
import dev.uplift.model.Finding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses one file once and runs every file rule on the parsed form. Stateless, thread-safe. */
final class FileAnalyzer {
    private static final Logger LOG = LoggerFactory.getLogger(FileAnalyzer.class);
    private static final Pattern WORD = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]+");
    /** The stub reasons of the front ends that say "not implemented" rather than "empty". */
    private static final Pattern NOT_IMPLEMENTED = Pattern.compile("(?i)not.?implemented|Unsupported");

    private final StepTimes times;

    FileAnalyzer(StepTimes times) {
        this.times = times;
    }

    /** Result plus the names of rules that failed on this file (the rest still ran). */
    record Outcome(FileAnalysis analysis, List<String> failedRules) {
    }

    Outcome analyze(IndexedFile file, String text) {
        long start = times.start();
        List<String> lines = text.lines().toList();
        ParsedFile parsed = FrontEnd.forLanguage(file.language()).parse(file, text, lines);
        times.add("parse " + file.language(), start);
        try {
            return analyze(file, lines, parsed, GeneratedCode.generated(file, text));
        } finally {
            parsed.tree().close(); // a tree-sitter tree lives in native memory: free it now, not at some GC
        }
    }

    /** @param generated written by a tool: measured, and judged only for security (a leaked key leaks anyway) */
    private Outcome analyze(IndexedFile file, List<String> lines, ParsedFile parsed, boolean generated) {
        List<Finding> findings = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (FileRule rule : RuleCatalog.fileRules()) {
            if (generated && rule.rule().category() != Category.SECURITY) {
                continue;
            }
            long start = times.start();
            try {
                rule.check(parsed, findings::add);
                times.add(rule.rule().id(), start);
            } catch (RuntimeException | StackOverflowError e) {
                LOG.warn("rule {} failed on {}", rule.rule().id(), file.path(), e);
                failed.add(rule.rule().id());
            }
        }
        List<FunctionInfo> functions = generated ? List.of() : parsed.functions(); // no one documents generated code
        int publicApi = generated ? 0 : parsed.publicTypes().size();
        int documented = generated ? 0 : (int) parsed.publicTypes().stream().filter(ParsedFile.TypeInfo::documented).count();
        int stubs = 0;
        int notImplemented = 0;
        for (FunctionInfo f : functions) {
            if (f.publicApi()) {
                publicApi++;
                documented += f.documented() ? 1 : 0;
            }
            stubs += f.isStub() ? 1 : 0;
            notImplemented += f.isStub() && NOT_IMPLEMENTED.matcher(f.stubReason()).find() ? 1 : 0;
        }
        // a simulated function is a stub too, of its own kind; demo code is allowed to pretend
        int simulated = (int) findings.stream().filter(f -> f.ruleId().equals(SimulatedFunctionRule.RULE.id())
                && f.severity() != SimulatedFunctionRule.DEMO_SEVERITY).count();
        stubs += simulated;
        Map<String, Integer> functionLines = new HashMap<>();
        functions.forEach(f -> functionLines.merge(f.name(), f.length(), Integer::sum));
        boolean production = file.isCode() && !file.test() && !generated;
        FileAnalysis analysis = new FileAnalysis(parsed.lineKinds().codeLines(), functions.size(),
                publicApi, documented, stubs, findings, safely("signals", file, failed, () -> Signals.scan(parsed), Set.of()),
                parsed.imports(), parsed.parseProblem(), functionLines,
                safely("test reach", file, failed, () -> localCalls(parsed), Map.of()),
                file.test() && file.isCode() ? safely("test reach", file, failed,
                        () -> words(parsed, 1, parsed.lines().size()), Set.of()) : Set.of(),
                production ? safely(Duplication.RULE.id(), file, failed,
                        () -> Winnowing.of(lines, parsed.lineKinds()::isCode), Fingerprints.NONE) : Fingerprints.NONE,
                notImplemented, simulated);
        return new Outcome(analysis, failed);
    }

    /** One step of the analysis; when it fails on a hostile file, the rest of the file's analysis still counts. */
    private <T> T safely(String step, IndexedFile file, List<String> failed, Supplier<T> work, T fallback) {
        long start = times.start();
        try {
            T result = work.get();
            times.add(step, start);
            return result;
        } catch (RuntimeException | StackOverflowError e) {
            LOG.warn("{} failed on {}", step, file.path(), e);
            failed.add(step);
            return fallback;
        }
    }

    /** For each function, the other functions of the file that its body names. */
    private static Map<String, Set<String>> localCalls(ParsedFile parsed) {
        Set<String> names = new HashSet<>();
        parsed.functions().forEach(f -> names.add(f.name()));
        Map<String, Set<String>> calls = new HashMap<>();
        for (FunctionInfo f : parsed.functions()) {
            Set<String> called = words(parsed, f.startLine() + 1, f.endLine());
            called.retainAll(names);
            called.remove(f.name());
            if (!called.isEmpty()) {
                calls.computeIfAbsent(f.name(), k -> new HashSet<>()).addAll(called);
            }
        }
        return calls;
    }

    /** The distinct words on code lines {@code from..to} (1-based), strings included: import paths name modules. */
    private static Set<String> words(ParsedFile parsed, int from, int to) {
        Set<String> words = new HashSet<>();
        List<String> lines = parsed.lines();
        for (int n = Math.max(1, from); n <= Math.min(to, lines.size()); n++) {
            if (parsed.lineKinds().isCode(n)) {
                Matcher m = WORD.matcher(lines.get(n - 1));
                while (m.find()) {
                    words.add(m.group());
                }
            }
        }
        return words;
    }
}
