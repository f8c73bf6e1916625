package dev.uplift.analysis.rules;

import dev.uplift.model.Category;
import dev.uplift.model.Finding;
import dev.uplift.model.Rule;
import dev.uplift.model.Severity;

import java.util.Optional;
import java.util.Set;

/**
 * A component that needs a control (by the signals it raises) and shows no sign of it anywhere in its
 * production code: calls to other services without retry or circuit breaker, a service without
 * metrics or tracing. Stateless.
 */
final class MissingControlRule implements ComponentRule {
    static final MissingControlRule NO_RETRY = new MissingControlRule(new Rule("ERR-NO-RETRY",
            "Remote calls without retry or circuit breaker", Category.ERROR_HANDLING, Severity.MAJOR, 120, null,
            "The component calls other services over HTTP, but nothing in it retries with backoff or breaks the "
                    + "circuit: every blip of a dependency becomes an error for its callers.",
            "Wrap remote calls in retries with exponential backoff and jitter for idempotent requests, and a circuit "
                    + "breaker (Resilience4j, tenacity, opossum) for dependencies that can fail for long."),
            Set.of(Signals.HTTP_CLIENT), Signals.RESILIENCE, "calls other services over HTTP without retry or circuit breaker");
    static final MissingControlRule NO_METRICS = new MissingControlRule(new Rule("OBS-NO-METRICS", "No metrics",
            Category.OBSERVABILITY, Severity.MINOR, 120, null,
            "A service that exports no metrics (Micrometer, Prometheus, OpenTelemetry, StatsD): its load, errors and "
                    + "latency are invisible until users complain.",
            "Export request rate, errors and latency (RED) and saturation through Micrometer, prometheus_client "
                    + "or prom-client, and alert on them."),
            Set.of(Signals.HTTP_SERVER, Signals.ENTRY_POINT), Signals.METRICS, "runs as a service without exporting metrics");
    static final MissingControlRule NO_TRACING = new MissingControlRule(new Rule("OBS-NO-TRACING", "No distributed tracing",
            Category.OBSERVABILITY, Severity.MINOR, 120, null,
            "An HTTP service that neither starts nor propagates traces (OpenTelemetry, Zipkin, Jaeger), so a slow "
                    + "request cannot be followed across services.",
            "Add OpenTelemetry instrumentation (the Java agent, opentelemetry-instrumentation for Python or Node) "
                    + "and propagate the trace context on outgoing calls."),
            Set.of(Signals.HTTP_SERVER), Signals.TRACING, "serves HTTP without tracing");
    static final MissingControlRule NO_CORRELATION = new MissingControlRule(new Rule("OBS-NO-CORRELATION-ID",
            "No correlation ids in logs", Category.OBSERVABILITY, Severity.MINOR, 60, null,
            "An HTTP service that neither reads nor sets a request or correlation id (X-Request-Id, traceparent, MDC), "
                    + "so the log lines of one request cannot be found together.",
            "Take the caller's X-Request-Id (or create one), put it in the logging context (MDC, contextvars, "
                    + "AsyncLocalStorage), log it with structured fields and pass it on outgoing calls."),
            Set.of(Signals.HTTP_SERVER), Signals.CORRELATION, "serves HTTP without correlation ids in its logs");

    private final Rule rule;
    private final Set<String> needsWhenAnyOf;
    private final String control;
    private final String message;

    private MissingControlRule(Rule rule, Set<String> needsWhenAnyOf, String control, String message) {
        this.rule = rule;
        this.needsWhenAnyOf = needsWhenAnyOf;
        this.control = control;
        this.message = message;
    }

    @Override
    public Rule rule() {
        return rule;
    }

    @Override
    public Optional<Finding> check(ComponentFacts facts) {
        boolean needs = needsWhenAnyOf.stream().anyMatch(facts.signals()::contains);
        return needs && !facts.signals().contains(control) ? Optional.of(finding(facts, message)) : Optional.empty();
    }
}
