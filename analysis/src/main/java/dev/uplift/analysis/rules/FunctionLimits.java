package dev.uplift.analysis.rules;

import dev.uplift.model.Category;
import dev.uplift.model.Rule;
import dev.uplift.model.Severity;

/**
 * The function-level metric rules and their limits, one set for every language: Java's rules measure on
 * JavaParser's tree, the others on what the tree-sitter front ends measured. The limits are the common
 * defaults (SonarSource for cognitive complexity and parameters, PMD and Checkstyle for cyclomatic).
 */
public final class FunctionLimits {
    public static final int MAX_COGNITIVE = 15;
    public static final int MAX_CYCLOMATIC = 10;
    public static final int MAX_NESTING = 4;
    public static final int MAX_PARAMETERS = 7;

    public static final Rule COGNITIVE = new Rule("QUAL-COGNITIVE-COMPLEXITY", "Hard-to-follow functions",
            Category.CODE_QUALITY, Severity.MAJOR, 30, null,
            "A function or method whose cognitive complexity (SonarSource's measure of how hard control flow is to "
                    + "follow) exceeds " + MAX_COGNITIVE + ".",
            "Extract nested blocks into well-named functions, return early, and replace flag logic with "
                    + "polymorphism or lookup tables.");
    public static final Rule CYCLOMATIC = new Rule("QUAL-CYCLOMATIC-COMPLEXITY", "Functions with many paths",
            Category.CODE_QUALITY, Severity.MINOR, 20, null,
            "A function or method with a cyclomatic complexity (independent paths, McCabe) above " + MAX_CYCLOMATIC
                    + ": each path needs its own test.",
            "Split the function along its decisions; cover each remaining path with a test.");
    public static final Rule NESTING = new Rule("QUAL-DEEP-NESTING", "Deeply nested code", Category.CODE_QUALITY,
            Severity.MINOR, 20, null,
            "Control structures nested more than " + MAX_NESTING + " deep.",
            "Invert conditions to return early and extract the inner blocks into functions.");
    public static final Rule PARAMETERS = new Rule("QUAL-MANY-PARAMETERS", "Too many parameters",
            Category.CODE_QUALITY, Severity.MINOR, 20, null,
            "A function, method or constructor with more than " + MAX_PARAMETERS
                    + " parameters is hard to call correctly.",
            "Group related parameters into a record, data class or options object, or introduce a builder.");

    /** A rule with the metric it limits and the limit, and how a function over it is reported. */
    public record Limit(Rule rule, String metric, int max) {
        public boolean exceededBy(int value) {
            return value > max;
        }

        public String message(String function, int value) {
            return "'" + function + "' has " + metric + " " + value + " (limit " + max + ")";
        }

        /** Whether the limit applies to a function with no body (abstract, a stub): only the parameters do. */
        public boolean appliesWithoutBody() {
            return rule == PARAMETERS;
        }
    }

    public static final Limit COGNITIVE_LIMIT = new Limit(COGNITIVE, "cognitive complexity", MAX_COGNITIVE);
    public static final Limit CYCLOMATIC_LIMIT = new Limit(CYCLOMATIC, "cyclomatic complexity", MAX_CYCLOMATIC);
    public static final Limit NESTING_LIMIT = new Limit(NESTING, "nesting depth", MAX_NESTING);
    public static final Limit PARAMETERS_LIMIT = new Limit(PARAMETERS, "parameters", MAX_PARAMETERS);

    private FunctionLimits() {
    }
}
