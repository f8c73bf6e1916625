package dev.uplift.analysis.rules;

import dev.uplift.model.Category;
import dev.uplift.model.Finding;
import dev.uplift.model.Rule;
import dev.uplift.model.Severity;

import java.util.Optional;

/** A component with production code (scripts aside) and not a single test file. */
final class NoTestsRule implements ComponentRule {
    static final Rule RULE = new Rule("TEST-NO-TESTS", "No tests", Category.TESTING, Severity.MAJOR, 240, null,
            "The component has production code but no tests at all.",
            "Add unit tests for the main behaviour first; they are the safety net for every later change.");

    @Override
    public Rule rule() {
        return RULE;
    }

    @Override
    public Optional<Finding> check(ComponentFacts facts) {
        int testable = facts.metrics().linesOfCode() - facts.metrics().linesByLanguage().getOrDefault("shell", 0);
        if (testable > 0 && facts.metrics().testFiles() == 0) {
            return Optional.of(finding(facts, "no test files for " + testable + " lines of production code"));
        }
        return Optional.empty();
    }
}
