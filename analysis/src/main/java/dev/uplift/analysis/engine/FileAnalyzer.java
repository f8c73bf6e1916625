package dev.uplift.analysis.engine;

import dev.uplift.analysis.index.IndexedFile;
import dev.uplift.analysis.parse.FrontEnd;
import dev.uplift.analysis.parse.FunctionInfo;
import dev.uplift.analysis.parse.ParsedFile;
import dev.uplift.analysis.rules.FileRule;
import dev.uplift.analysis.rules.RuleCatalog;
import dev.uplift.analysis.rules.Signals;
import dev.uplift.model.Finding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;

/** Parses one file once and runs every file rule on the parsed form. Stateless, thread-safe. */
final class FileAnalyzer {
    private static final Logger LOG = LoggerFactory.getLogger(FileAnalyzer.class);

    /** Result plus the names of rules that failed on this file (the rest still ran). */
    record Outcome(FileAnalysis analysis, List<String> failedRules) {
    }

    Outcome analyze(IndexedFile file, String text) {
        List<String> lines = text.lines().toList();
        ParsedFile parsed = FrontEnd.forLanguage(file.language()).parse(file, text, lines);
        List<Finding> findings = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (FileRule rule : RuleCatalog.fileRules()) {
            try {
                rule.check(parsed, findings::add);
            } catch (RuntimeException | StackOverflowError e) {
                LOG.warn("rule {} failed on {}", rule.rule().id(), file.path(), e);
                failed.add(rule.rule().id());
            }
        }
        int publicApi = parsed.publicTypes().size();
        int documented = (int) parsed.publicTypes().stream().filter(ParsedFile.TypeInfo::documented).count();
        int stubs = 0;
        for (FunctionInfo f : parsed.functions()) {
            if (f.publicApi()) {
                publicApi++;
                documented += f.documented() ? 1 : 0;
            }
            stubs += f.isStub() ? 1 : 0;
        }
        FileAnalysis analysis = new FileAnalysis(parsed.lineKinds().codeLines(), parsed.functions().size(),
                publicApi, documented, stubs, findings, Signals.scan(parsed), parsed.imports(), parsed.parseProblem());
        return new Outcome(analysis, failed);
    }
}
