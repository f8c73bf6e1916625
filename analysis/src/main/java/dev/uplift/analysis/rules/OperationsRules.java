package dev.uplift.analysis.rules;

import dev.uplift.model.Category;
import dev.uplift.model.Rule;
import dev.uplift.model.Severity;

import java.util.List;

/**
 * The operations controls a component's readiness checklist can show missing in its own files. Each
 * failed check becomes one component-level finding of these rules, so it costs Operations points and
 * becomes a plan step. Repository-wide checks (CI, runbook) stay on the repository checklist: one
 * missing pipeline is one piece of work, not one per component.
 */
public final class OperationsRules {
    public static final Rule NO_HEALTHCHECK = new Rule("OPS-NO-CONTAINER-HEALTHCHECK", "Container without health check",
            Category.OPERATIONS, Severity.MAJOR, 30, null,
            "A Dockerfile or compose service of the component declares no health check, so the runtime cannot tell a "
                    + "hung container from a healthy one.",
            "Add HEALTHCHECK to the Dockerfile (or healthcheck: to the compose service) calling the health endpoint.");
    public static final Rule ROOT_CONTAINER = new Rule("OPS-ROOT-CONTAINER", "Container runs as root",
            Category.OPERATIONS, Severity.MAJOR, 30, 250,
            "A Dockerfile of the component sets no non-root USER, so a compromise of the process is root in the container.",
            "Create an unprivileged user in the image and switch to it with USER before the entry point.");
    public static final Rule NO_PROBES = new Rule("OPS-NO-PROBES", "Workload without probes", Category.OPERATIONS,
            Severity.MAJOR, 60, null,
            "A Kubernetes workload of the component lacks a liveness or readiness probe, so traffic reaches pods that "
                    + "are not ready and hung pods are never restarted.",
            "Add livenessProbe and readinessProbe to every container, pointing at the health endpoints.");
    public static final Rule NO_LIMITS = new Rule("OPS-NO-RESOURCE-LIMITS", "Workload without resource limits",
            Category.OPERATIONS, Severity.MINOR, 30, 770,
            "A Kubernetes workload of the component sets no resource limits, so one leaking pod can starve its node.",
            "Set resources.requests and resources.limits (memory at least) on every container.");
    public static final Rule NO_MIGRATIONS = new Rule("OPS-NO-MIGRATIONS", "Database without migrations",
            Category.OPERATIONS, Severity.MAJOR, 240, null,
            "The component uses a database but the repository has no versioned schema migrations, so schema changes "
                    + "are manual and cannot be repeated or rolled back.",
            "Introduce a migration tool (Flyway, Liquibase, Alembic, Django or Prisma migrations) with the current "
                    + "schema as the baseline.");
    public static final Rule NO_ENVIRONMENT_CONFIG = new Rule("OPS-NO-ENVIRONMENT-CONFIG",
            "No per-environment configuration", Category.OPERATIONS, Severity.MINOR, 60, null,
            "The service has no per-environment configuration or example file, so moving it between environments "
                    + "means changing code or guessing settings.",
            "Read settings from the environment and commit an example (.env.example, application-<env>.yml).");

    private OperationsRules() {
    }

    public static List<Rule> all() {
        return List.of(NO_HEALTHCHECK, ROOT_CONTAINER, NO_PROBES, NO_LIMITS, NO_MIGRATIONS, NO_ENVIRONMENT_CONFIG);
    }
}
