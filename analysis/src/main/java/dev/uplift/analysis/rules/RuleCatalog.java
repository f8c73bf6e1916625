package dev.uplift.analysis.rules;

import dev.uplift.analysis.deps.DependencyCheck;
import dev.uplift.analysis.duplication.Duplication;
import dev.uplift.analysis.git.Hotspots;
import dev.uplift.analysis.rules.java.CatchRules;
import dev.uplift.analysis.rules.java.InjectionRules;
import dev.uplift.analysis.rules.java.LargeClassRule;
import dev.uplift.analysis.rules.java.MethodMetricsRules;
import dev.uplift.analysis.rules.java.MissingTimeoutRule;
import dev.uplift.analysis.rules.java.PerformanceRules;
import dev.uplift.analysis.rules.java.SampleDataRule;
import dev.uplift.analysis.rules.java.SecurityPatternRules;
import dev.uplift.analysis.rules.java.UnusedPrivateRule;
import dev.uplift.analysis.rules.python.PythonPracticeRules;
import dev.uplift.analysis.rules.python.PythonRules;
import dev.uplift.analysis.rules.python.PythonWebRules;
import dev.uplift.analysis.rules.script.ScriptPracticeRules;
import dev.uplift.analysis.rules.script.ScriptInjectionRules;
import dev.uplift.analysis.rules.script.ScriptRules;
import dev.uplift.analysis.rules.simulated.SimulatedFunctionRule;
import dev.uplift.model.Rule;

import java.util.List;
import java.util.stream.Stream;

/** Every rule Uplift runs, in one place: for the engine, the GUI and the exported rule appendix. */
public final class RuleCatalog {
    private static final List<FileRule> FILE_RULES = Stream.of(List.of(new TodoCommentRule(), new LongFunctionRule(),
                    new StubFunctionRule(), new EmptyCatchRule(), new BareExceptRule(), new PrintInsteadOfLoggingRule(),
                    new HardcodedCredentialRule(), new SecretRule(), new UnusedPrivateRule(), new MissingTimeoutRule(),
                    new SampleDataRule(), new LargeClassRule(), new StubClassRule(), new LiteralRecordsRule(),
                    new SimulatedFunctionRule()),
            MethodMetricsRules.all(), FunctionMetricsRule.all(), CatchRules.all(), PerformanceRules.all(), InjectionRules.all(),
                    SecurityPatternRules.all(), PythonRules.all(), PythonPracticeRules.all(), PythonWebRules.all(),
                    ScriptPracticeRules.all(), ScriptRules.all(), ScriptInjectionRules.all())
            .flatMap(List::stream).toList();
    private static final List<ComponentRule> COMPONENT_RULES = List.of(new NoTestsRule(), new HealthCheckRule(),
            new NoLoggingRule(), MissingControlRule.NO_RETRY, MissingControlRule.NO_METRICS, MissingControlRule.NO_TRACING,
            MissingControlRule.NO_CORRELATION);

    private RuleCatalog() {
    }

    public static List<FileRule> fileRules() {
        return FILE_RULES;
    }

    public static List<ComponentRule> componentRules() {
        return COMPONENT_RULES;
    }

    /** Rules a file rule raises besides its own (one check can report under two ids). */
    private static final List<Rule> ALSO_RAISED = List.of(SecretRule.ENV_RULE);

    public static List<Rule> all() {
        return Stream.of(FILE_RULES.stream().map(FileRule::rule), ALSO_RAISED.stream(),
                COMPONENT_RULES.stream().map(ComponentRule::rule), DependencyCheck.rules().stream(),
                OperationsRules.all().stream(), Stream.of(Hotspots.RULE, Duplication.RULE))
                .flatMap(s -> s).distinct().toList(); // a rule checked in several languages is listed once
    }
}
