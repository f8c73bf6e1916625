package dev.uplift.analysis.rules.java;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import dev.uplift.analysis.parse.ParsedFile;
import dev.uplift.analysis.rules.FileRule;
import dev.uplift.model.Category;
import dev.uplift.model.Finding;
import dev.uplift.model.Rule;
import dev.uplift.model.Severity;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;

/**
 * Method-level metric limits of {@link JavaComplexity}: each rule measures every method and
 * constructor with a body and reports those above its limit. The limits are the common defaults
 * (SonarQube for cognitive complexity and parameters, PMD and Checkstyle for cyclomatic complexity).
 */
public final class MethodMetricsRules extends JavaRule {
    public static final int MAX_COGNITIVE = 15;
    public static final int MAX_CYCLOMATIC = 10;
    public static final int MAX_NESTING = 4;
    public static final int MAX_PARAMETERS = 7;

    private static final Rule PARAMETERS = new Rule("QUAL-MANY-PARAMETERS", "Too many parameters",
            Category.CODE_QUALITY, Severity.MINOR, 20, null,
            "A method or constructor with more than " + MAX_PARAMETERS + " parameters is hard to call correctly.",
            "Group related parameters into a record or introduce a builder.");

    private final Rule rule;
    private final String metric;
    private final int limit;
    private final ToIntFunction<CallableDeclaration<?>> measure;

    private MethodMetricsRules(Rule rule, String metric, int limit, ToIntFunction<CallableDeclaration<?>> measure) {
        this.rule = rule;
        this.metric = metric;
        this.limit = limit;
        this.measure = measure;
    }

    public static List<FileRule> all() {
        return List.of(
                new MethodMetricsRules(new Rule("QUAL-COGNITIVE-COMPLEXITY", "Hard-to-follow methods",
                        Category.CODE_QUALITY, Severity.MAJOR, 30, null,
                        "A method whose cognitive complexity (SonarSource's measure of how hard control flow is to "
                                + "follow) exceeds " + MAX_COGNITIVE + ".",
                        "Extract nested blocks into well-named methods, return early, and replace flag logic with "
                                + "polymorphism or lookup tables."),
                        "cognitive complexity", MAX_COGNITIVE, JavaComplexity::cognitive),
                new MethodMetricsRules(new Rule("QUAL-CYCLOMATIC-COMPLEXITY", "Methods with many paths",
                        Category.CODE_QUALITY, Severity.MINOR, 20, null,
                        "A method with a cyclomatic complexity (independent paths, McCabe) above " + MAX_CYCLOMATIC
                                + ": each path needs its own test.",
                        "Split the method along its decisions; cover each remaining path with a test."),
                        "cyclomatic complexity", MAX_CYCLOMATIC, JavaComplexity::cyclomatic),
                new MethodMetricsRules(new Rule("QUAL-DEEP-NESTING", "Deeply nested code", Category.CODE_QUALITY,
                        Severity.MINOR, 20, null,
                        "Control structures nested more than " + MAX_NESTING + " deep.",
                        "Invert conditions to return early and extract the inner blocks into methods."),
                        "nesting depth", MAX_NESTING, JavaComplexity::nestingDepth),
                new MethodMetricsRules(PARAMETERS, "parameters", MAX_PARAMETERS, c -> c.getParameters().size()));
    }

    @Override
    public Rule rule() {
        return rule;
    }

    @Override
    void check(ParsedFile file, CompilationUnit unit, Consumer<Finding> findings) {
        for (CallableDeclaration<?> callable : JavaNodes.of(unit).all(CallableDeclaration.class)) {
            if (callable instanceof MethodDeclaration m && m.getBody().isEmpty() && rule != PARAMETERS) {
                continue; // abstract: nothing to measure but its parameters
            }
            int value = measure.applyAsInt(callable);
            if (value > limit) {
                findings.accept(at(file, callable.getName(), "'" + callable.getNameAsString() + "' has " + metric + " "
                        + value + " (limit " + limit + ")"));
            }
        }
    }
}
