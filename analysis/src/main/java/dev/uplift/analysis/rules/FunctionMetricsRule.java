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
    private final FunctionLimits.Limit limit;
    private final ToIntFunction<FunctionMetrics> measure;

    private FunctionMetricsRule(FunctionLimits.Limit limit, ToIntFunction<FunctionMetrics> measure) {
        this.limit = limit;
        this.measure = measure;
    }

    public static List<FileRule> all() {
        return List.of(new FunctionMetricsRule(FunctionLimits.COGNITIVE_LIMIT, FunctionMetrics::cognitive),
                new FunctionMetricsRule(FunctionLimits.CYCLOMATIC_LIMIT, FunctionMetrics::cyclomatic),
                new FunctionMetricsRule(FunctionLimits.NESTING_LIMIT, FunctionMetrics::nesting),
                new FunctionMetricsRule(FunctionLimits.PARAMETERS_LIMIT, FunctionMetrics::parameters));
    }

    @Override
    public Rule rule() {
        return limit.rule();
    }

    @Override
    public void check(ParsedFile file, Consumer<Finding> findings) {
        for (FunctionInfo f : file.functions()) {
            if (f.metrics() == null || f.isStub() && !limit.appliesWithoutBody()) {
                continue;
            }
            int value = measure.applyAsInt(f.metrics());
            if (limit.exceededBy(value)) {
                findings.accept(finding(file, f.startLine(), limit.message(f.name(), value),
                        FileRule.excerpt(file.lines().get(f.startLine() - 1))));
            }
        }
    }
}
