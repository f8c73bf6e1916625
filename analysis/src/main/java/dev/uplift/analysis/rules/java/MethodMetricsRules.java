package dev.uplift.analysis.rules.java;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import dev.uplift.analysis.parse.ParsedFile;
import dev.uplift.analysis.rules.FileRule;
import dev.uplift.analysis.rules.FunctionLimits;
import dev.uplift.model.Finding;
import dev.uplift.model.Rule;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;

/**
 * The {@link FunctionLimits} on Java, measured by {@link JavaComplexity}: each rule measures every method
 * and constructor with a body and reports those above its limit.
 */
public final class MethodMetricsRules extends JavaRule {
    private final FunctionLimits.Limit limit;
    private final ToIntFunction<CallableDeclaration<?>> measure;

    private MethodMetricsRules(FunctionLimits.Limit limit, ToIntFunction<CallableDeclaration<?>> measure) {
        this.limit = limit;
        this.measure = measure;
    }

    public static List<FileRule> all() {
        return List.of(new MethodMetricsRules(FunctionLimits.COGNITIVE_LIMIT, JavaComplexity::cognitive),
                new MethodMetricsRules(FunctionLimits.CYCLOMATIC_LIMIT, JavaComplexity::cyclomatic),
                new MethodMetricsRules(FunctionLimits.NESTING_LIMIT, JavaComplexity::nestingDepth),
                new MethodMetricsRules(FunctionLimits.PARAMETERS_LIMIT, c -> c.getParameters().size()));
    }

    @Override
    public Rule rule() {
        return limit.rule();
    }

    @Override
    void check(ParsedFile file, CompilationUnit unit, Consumer<Finding> findings) {
        for (CallableDeclaration<?> callable : JavaNodes.of(unit).all(CallableDeclaration.class)) {
            if (callable instanceof MethodDeclaration m && m.getBody().isEmpty() && !limit.appliesWithoutBody()) {
                continue; // abstract: nothing to measure but its parameters
            }
            int value = measure.applyAsInt(callable);
            if (limit.exceededBy(value)) {
                findings.accept(at(file, callable.getName(), limit.message(callable.getNameAsString(), value)));
            }
        }
    }
}
