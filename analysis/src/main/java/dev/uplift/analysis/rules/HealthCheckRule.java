package dev.uplift.analysis.rules;

import dev.uplift.model.Category;
import dev.uplift.model.Finding;
import dev.uplift.model.Rule;
import dev.uplift.model.Severity;

import java.util.Optional;

/** A component that serves HTTP but offers no health endpoint for load balancers and orchestrators. */
final class HealthCheckRule implements ComponentRule {
    static final Rule RULE = new Rule("OBS-NO-HEALTH-CHECK", "No health endpoint", Category.OBSERVABILITY, Severity.MAJOR, 120, null,
            "The component serves HTTP but exposes no health, readiness or liveness endpoint.",
            "Add a cheap /health (liveness) and a /ready endpoint that checks the component's dependencies.");

    @Override
    public Rule rule() {
        return RULE;
    }

    @Override
    public Optional<Finding> check(ComponentFacts facts) {
        if (facts.signals().contains(Signals.HTTP_SERVER) && !facts.signals().contains(Signals.HEALTH_ENDPOINT)) {
            return Optional.of(finding(facts, "serves HTTP without a health check endpoint"));
        }
        return Optional.empty();
    }
}
