package dev.uplift.analysis.rules;

import dev.uplift.analysis.parse.FunctionInfo;
import dev.uplift.analysis.parse.FunctionMetrics;
import dev.uplift.analysis.parse.ParsedFile;
import dev.uplift.model.Finding;
import dev.uplift.model.Rule;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;

/**
 * The {@link FunctionLimits} over the metrics a tree-sitter front end measured (Python, TypeScript,
 * JavaScript); Java's own rules measure on JavaParser's tree. Functions without metrics (read line by
 * line) are passed over.
 */
public final class FunctionMetricsRule implements FileRule {
    private final Rule rule;
    private final String metric;
    private final int limit;
    private final ToIntFunction<FunctionMetrics> measure;

    private FunctionMetricsRule(Rule rule, String metric, int limit, ToIntFunction<FunctionMetrics> measure) {
        this.rule = rule;
        this.metric = metric;
        this.limit = limit;
        this.measure = measure;
    }

    public static List<FileRule> all() {
        return List.of(
                new FunctionMetricsRule(FunctionLimits.COGNITIVE, "cognitive complexity", FunctionLimits.MAX_COGNITIVE,
                        FunctionMetrics::cognitive),
                new FunctionMetricsRule(FunctionLimits.CYCLOMATIC, "cyclomatic complexity",
                        FunctionLimits.MAX_CYCLOMATIC, FunctionMetrics::cyclomatic),
                new FunctionMetricsRule(FunctionLimits.NESTING, "nesting depth", FunctionLimits.MAX_NESTING,
                        FunctionMetrics::nesting),
                new FunctionMetricsRule(FunctionLimits.PARAMETERS, "parameters", FunctionLimits.MAX_PARAMETERS,
                        FunctionMetrics::parameters));
    }

    @Override
    public Rule rule() {
        return rule;
    }

    @Override
    public void check(ParsedFile file, Consumer<Finding> findings) {
        for (FunctionInfo f : file.functions()) {
            if (f.metrics() == null || f.isStub() && rule != FunctionLimits.PARAMETERS) {
                continue;
            }
            int value = measure.applyAsInt(f.metrics());
            if (value > limit) {
                findings.accept(finding(file, f.startLine(), "'" + f.name() + "' has " + metric + " " + value
                        + " (limit " + limit + ")", FileRule.excerpt(file.lines().get(f.startLine() - 1))));
            }
        }
    }
}
