package dev.uplift.analysis.rules;

import dev.uplift.model.Category;
import dev.uplift.model.Finding;
import dev.uplift.model.Rule;
import dev.uplift.model.Severity;

import java.util.Optional;
import java.util.Set;

/**
 * A sizeable back-end component that runs as a process (serves HTTP, talks to a database, or has an
 * entry point) and never uses a logging framework. Pure libraries are left alone.
 */
final class NoLoggingRule implements ComponentRule {
    static final int MIN_LINES = 150;
    static final Rule RULE = new Rule("OBS-NO-LOGGING", "No logging framework", Category.OBSERVABILITY, Severity.MAJOR, 90, 778,
            "A back-end service or process of some size with no logging framework in use.",
            "Log through a framework (SLF4J, Python logging, pino…) with levels and structured context.");
    private static final Set<String> BACK_END = Set.of("java", "kotlin", "python", "go", "csharp");

    @Override
    public Rule rule() {
        return RULE;
    }

    @Override
    public Optional<Finding> check(ComponentFacts facts) {
        int backEndLines = facts.metrics().linesByLanguage().entrySet().stream()
                .filter(e -> BACK_END.contains(e.getKey())).mapToInt(e -> e.getValue()).sum();
        boolean runs = facts.signals().contains(Signals.HTTP_SERVER) || facts.signals().contains(Signals.DATABASE)
                || facts.signals().contains(Signals.ENTRY_POINT);
        if (runs && backEndLines >= MIN_LINES && !facts.signals().contains(Signals.LOGGING)) {
            return Optional.of(finding(facts, "no logging framework used in " + backEndLines + " lines of code"));
        }
        return Optional.empty();
    }
}
