package dev.uplift.analysis.checklist;

import dev.uplift.analysis.engine.FileAnalysis;
import dev.uplift.analysis.index.IndexedFile;
import dev.uplift.analysis.rules.Signals;
import dev.uplift.model.ComponentAssessment;
import dev.uplift.model.Finding;
import dev.uplift.model.checklist.CheckResult;
import dev.uplift.model.checklist.CheckState;
import dev.uplift.model.checklist.ChecklistArea;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Evaluates the repository-wide readiness checklist. Code-level facts come from the signals the
 * analyzers raised per file; deployment files (CI, Dockerfiles, compose, Kubernetes manifests) are read
 * here, bounded in size. What code cannot show is {@link CheckState#NOT_CHECKED}, never a pass.
 * Not thread-safe; one per run.
 */
public final class ReadinessChecklist {
    private static final long MAX_BYTES = 512 * 1024;
    private static final Pattern CI_FILE = Pattern.compile("(^|/)(\\.github/workflows/[^/]+\\.ya?ml|\\.gitlab-ci\\.yml|"
            + "Jenkinsfile|azure-pipelines\\.ya?ml|\\.circleci/config\\.yml|bitbucket-pipelines\\.yml|\\.ci/run)$");
    private static final Pattern TEST_COMMAND = Pattern.compile("(?i)\\b(mvnw?\\b.*\\b(verify|test)\\b|gradlew?\\b.*\\btest|"
            + "pytest|tox\\b|npm (run )?test|yarn test|pnpm test|go test|cargo test|vitest|jest)");
    private static final Pattern MIGRATION = Pattern.compile("(^|/)(V\\d+(_\\d+)*__[^/]+\\.sql|db/migrat[^/]*/.*|"
            + "alembic/versions/.*\\.py|migrations/\\d+[^/]*\\.py|changelog[^/]*\\.(xml|ya?ml)|prisma/migrations/.*)$");
    private static final Pattern ENV_CONFIG = Pattern.compile("(^|/)(\\.env\\.(example|sample|template)|"
            + "application-[a-z0-9]+\\.(ya?ml|properties)|config/(dev|prod|production|staging)[^/]*|"
            + "settings/(dev|prod|production|staging)\\.py|values-[a-z]+\\.ya?ml)$");
    private static final Pattern RUNBOOK = Pattern.compile("(?i)(^|/)(runbooks?|playbooks?|operations|ops)(/|\\.md$|-[^/]*\\.md$)"
            + "|(?i)(^|/)runbook[^/]*\\.md$");
    private static final Pattern ADR = Pattern.compile("(?i)(^|/)(adr|adrs|decisions|architecture/decisions)/[^/]+\\.md$");
    private static final Pattern LOAD_TEST = Pattern.compile("(?i)(^|/)(k6|locust|gatling|jmeter|load[-_]?tests?)(/|file\\.py)"
            + "|\\.jmx$|locustfile\\.py$");

    private final List<IndexedFile> files;
    private final Map<IndexedFile, FileAnalysis> analyses;
    private final List<ComponentAssessment> components;
    private final List<CheckResult> out = new ArrayList<>();
    private final Map<IndexedFile, String> texts = new HashMap<>();
    private final Map<String, Pattern> patterns = new HashMap<>();

    public ReadinessChecklist(List<IndexedFile> files, Map<IndexedFile, FileAnalysis> analyses,
                              List<ComponentAssessment> components) {
        this.files = files;
        this.analyses = analyses;
        this.components = components;
    }

    public List<CheckResult> evaluate() {
        deployment();
        testing();
        dataIntegrity();
        configuration();
        monitoring();
        errorHandling();
        security();
        documentation();
        Optional<ComponentAssessment> stubby = components.stream().filter(c -> c.metrics().stubRatio() > 0.05).findFirst();
        add("no-skeleton-code", ChecklistArea.CODE_ROBUSTNESS, "Stub functions are under 5 % everywhere",
                stubby.isEmpty() ? CheckState.PASS : CheckState.FAIL, stubby.map(c -> c.component().name() + ": "
                        + Math.round(c.metrics().stubRatio() * 100) + " % stubs").orElse("every component under 5 %"));
        add("capacity-tested", ChecklistArea.SCALABILITY, "Capacity and scaling behaviour are known",
                CheckState.NOT_CHECKED, "code cannot show it: record the load test that does");
        return out;
    }

    private void deployment() {
        Optional<IndexedFile> ci = first(f -> CI_FILE.matcher(f.path()).find());
        add("ci-pipeline", ChecklistArea.DEPLOYMENT, "A CI pipeline builds every change", ci.isPresent()
                ? CheckState.PASS : CheckState.FAIL, ci.map(IndexedFile::path).orElse("no CI configuration found"));
        List<IndexedFile> dockerfiles = files.stream().filter(f -> f.language().equals("dockerfile")).toList();
        List<IndexedFile> compose = files.stream().filter(f -> f.fileName().matches("(docker-)?compose[^/]*\\.ya?ml"))
                .toList();
        if (dockerfiles.isEmpty() && compose.isEmpty()) {
            add("container-health-check", ChecklistArea.DEPLOYMENT, "Containers declare a health check",
                    CheckState.NOT_APPLICABLE, "no Dockerfile or compose file");
        } else {
            Optional<IndexedFile> without = dockerfiles.stream().filter(f -> !contains(f, "(?m)^\\s*HEALTHCHECK\\b"))
                    .findFirst();
            boolean composeChecks = compose.stream().anyMatch(f -> contains(f, "(?m)^\\s*healthcheck:"));
            boolean pass = dockerfiles.isEmpty() ? composeChecks : without.isEmpty();
            add("container-health-check", ChecklistArea.DEPLOYMENT, "Containers declare a health check",
                    pass ? CheckState.PASS : CheckState.FAIL, pass ? "health checks declared"
                            : without.map(f -> f.path() + " has no HEALTHCHECK")
                            .orElseGet(() -> compose.get(0).path() + " declares no healthcheck"));
        }
        if (dockerfiles.isEmpty()) {
            add("container-non-root", ChecklistArea.DEPLOYMENT, "Containers run as a non-root user",
                    CheckState.NOT_APPLICABLE, "no Dockerfile");
        } else {
            Optional<IndexedFile> root = dockerfiles.stream()
                    .filter(f -> !contains(f, "(?m)^\\s*USER\\s+(?!root\\b|0\\b)\\S+")).findFirst();
            add("container-non-root", ChecklistArea.DEPLOYMENT, "Containers run as a non-root user",
                    root.isEmpty() ? CheckState.PASS : CheckState.FAIL, root.map(f -> f.path() + " sets no non-root USER")
                            .orElse("every Dockerfile sets a non-root USER"));
        }
        List<IndexedFile> workloads = files.stream().filter(f -> f.language().equals("yaml")
                && contains(f, "(?m)^kind:\\s*(Deployment|StatefulSet|DaemonSet)\\b")).toList();
        if (workloads.isEmpty()) {
            add("orchestration-probes", ChecklistArea.DEPLOYMENT, "Workloads have liveness and readiness probes",
                    CheckState.NOT_APPLICABLE, "no Kubernetes workloads");
            add("resource-limits", ChecklistArea.DEPLOYMENT, "Workloads set resource limits", CheckState.NOT_APPLICABLE,
                    "no Kubernetes workloads");
        } else {
            Optional<IndexedFile> noProbe = workloads.stream().filter(f -> !contains(f, "livenessProbe")
                    || !contains(f, "readinessProbe")).findFirst();
            add("orchestration-probes", ChecklistArea.DEPLOYMENT, "Workloads have liveness and readiness probes",
                    noProbe.isEmpty() ? CheckState.PASS : CheckState.FAIL, noProbe.map(f -> f.path() + " lacks a probe")
                            .orElse("every workload has both probes"));
            Optional<IndexedFile> noLimits = workloads.stream().filter(f -> !contains(f, "(?m)^\\s*limits:")).findFirst();
            add("resource-limits", ChecklistArea.DEPLOYMENT, "Workloads set resource limits",
                    noLimits.isEmpty() ? CheckState.PASS : CheckState.FAIL, noLimits.map(f -> f.path() + " sets no limits")
                            .orElse("every workload sets limits"));
        }
        add("rollback", ChecklistArea.DEPLOYMENT, "A release can be rolled back", CheckState.NOT_CHECKED,
                "code cannot show it: record the rollback procedure");
    }

    private void testing() {
        Optional<IndexedFile> test = first(f -> f.test() && f.isCode());
        add("automated-tests", ChecklistArea.TESTING, "Automated tests exist", test.isPresent() ? CheckState.PASS
                : CheckState.FAIL, test.map(IndexedFile::path).orElse("no test files"));
        List<IndexedFile> ci = files.stream().filter(f -> CI_FILE.matcher(f.path()).find()).toList();
        Optional<IndexedFile> runsTests = ci.stream().filter(f -> contains(f, TEST_COMMAND.pattern())).findFirst();
        add("tests-in-ci", ChecklistArea.TESTING, "CI runs the tests", ci.isEmpty() ? CheckState.NOT_APPLICABLE
                        : runsTests.isPresent() ? CheckState.PASS : CheckState.FAIL,
                ci.isEmpty() ? "no CI configuration" : runsTests.map(IndexedFile::path)
                        .orElse("no test command in " + ci.get(0).path()));
        Optional<IndexedFile> load = first(f -> LOAD_TEST.matcher(f.path()).find());
        add("load-tests", ChecklistArea.TESTING, "Load tests exist", load.isPresent() ? CheckState.PASS
                : CheckState.NOT_CHECKED, load.map(IndexedFile::path).orElse("none found in the repository; record "
                + "where they live if elsewhere"));
    }

    private void dataIntegrity() {
        Optional<IndexedFile> database = firstWithSignal(Signals.DATABASE);
        Optional<IndexedFile> migration = first(f -> MIGRATION.matcher(f.path()).find());
        add("migrations", ChecklistArea.DATA_INTEGRITY, "Schema changes are versioned migrations", database.isEmpty()
                        ? CheckState.NOT_APPLICABLE : migration.isPresent() ? CheckState.PASS : CheckState.FAIL,
                database.isEmpty() ? "no database access found" : migration.map(IndexedFile::path)
                        .orElse(database.get().path() + " uses a database; no migrations found"));
        add("backups", ChecklistArea.DATA_INTEGRITY, "Data is backed up and restores are tested",
                database.isEmpty() ? CheckState.NOT_APPLICABLE : CheckState.NOT_CHECKED,
                database.isEmpty() ? "no database access found" : "code cannot show it: record the last restore test");
    }

    private void configuration() {
        Optional<IndexedFile> env = first(f -> ENV_CONFIG.matcher(f.path()).find());
        add("environment-config", ChecklistArea.CONFIGURATION, "Configuration differs per environment without code changes",
                env.isPresent() ? CheckState.PASS : CheckState.FAIL, env.map(IndexedFile::path)
                        .orElse("no per-environment configuration or example file"));
        Optional<Finding> leaked = findings(f -> f.ruleId().startsWith("SEC-SECRET") || f.ruleId().equals("SEC-ENV-FILE")
                || f.ruleId().equals("SEC-HARDCODED-CREDENTIAL"));
        Optional<IndexedFile> manager = firstWithSignal(Signals.SECRET_MANAGER);
        add("secret-management", ChecklistArea.CONFIGURATION, "Secrets come from a secret manager or the environment",
                leaked.isPresent() ? CheckState.FAIL : manager.isPresent() ? CheckState.PASS : CheckState.NOT_CHECKED,
                leaked.map(f -> "secret committed at " + f.file() + ":" + f.line()).orElse(manager.map(IndexedFile::path)
                        .orElse("no committed secrets; no secret manager seen in the code")));
        Optional<IndexedFile> flags = firstWithSignal(Signals.FEATURE_FLAGS);
        add("feature-flags", ChecklistArea.CONFIGURATION, "Risky changes can be switched off with feature flags",
                flags.isPresent() ? CheckState.PASS : CheckState.NOT_CHECKED, flags.map(IndexedFile::path)
                        .orElse("no feature-flag library seen"));
    }

    private void monitoring() {
        signalCheck("metrics", ChecklistArea.MONITORING, "Services export metrics", Signals.METRICS, CheckState.FAIL);
        signalCheck("tracing", ChecklistArea.MONITORING, "Requests are traced across services", Signals.TRACING,
                CheckState.FAIL);
        signalCheck("correlation-ids", ChecklistArea.MONITORING, "Logs carry correlation ids", Signals.CORRELATION,
                CheckState.FAIL);
        Optional<IndexedFile> http = firstWithSignal(Signals.HTTP_SERVER);
        Optional<Finding> missing = findings(f -> f.ruleId().equals("OBS-NO-HEALTH-CHECK"));
        add("health-endpoints", ChecklistArea.MONITORING, "Every HTTP service has a health endpoint", http.isEmpty()
                        ? CheckState.NOT_APPLICABLE : missing.isEmpty() ? CheckState.PASS : CheckState.FAIL,
                http.isEmpty() ? "no HTTP services" : missing.map(f -> f.file() + " serves HTTP without one")
                        .orElse("every HTTP service has one"));
    }

    private void errorHandling() {
        Optional<Finding> swallowed = findings(f -> f.ruleId().equals("ERR-EMPTY-CATCH") || f.ruleId().equals("ERR-BARE-EXCEPT"));
        add("errors-not-swallowed", ChecklistArea.ERROR_HANDLING, "Errors are never swallowed", swallowed.isEmpty()
                ? CheckState.PASS : CheckState.FAIL, swallowed.map(f -> f.file() + ":" + f.line())
                .orElse("no empty or bare handlers"));
        signalCheck("retries-and-circuit-breakers", ChecklistArea.ERROR_HANDLING,
                "Calls to other services retry with backoff or break the circuit", Signals.RESILIENCE, CheckState.FAIL);
    }

    private void security() {
        signalCheck("authentication", ChecklistArea.SECURITY_CONTROLS, "Requests are authenticated",
                Signals.AUTHENTICATION, CheckState.NOT_CHECKED);
        signalCheck("rate-limiting", ChecklistArea.SECURITY_CONTROLS, "Public endpoints are rate limited",
                Signals.RATE_LIMIT, CheckState.NOT_CHECKED);
        Optional<Finding> vulnerable = findings(f -> f.ruleId().equals("DEP-VULNERABLE"));
        add("no-vulnerable-dependencies", ChecklistArea.SECURITY_CONTROLS, "No dependency has a known vulnerability",
                vulnerable.isEmpty() ? CheckState.PASS : CheckState.FAIL, vulnerable.map(f -> f.file() + ":" + f.line()
                        + " " + f.evidence()).orElse("no known-vulnerable versions among pinned dependencies"));
        add("tls", ChecklistArea.SECURITY_CONTROLS, "Traffic is encrypted in transit (TLS)", CheckState.NOT_CHECKED,
                "usually set up outside the code: record where TLS terminates");
    }

    private void documentation() {
        Optional<IndexedFile> readme = first(f -> f.path().toLowerCase(Locale.ROOT).matches("readme(\\.\\w+)?"));
        add("readme", ChecklistArea.DOCUMENTATION, "The repository has a README", readme.isPresent() ? CheckState.PASS
                : CheckState.FAIL, readme.map(IndexedFile::path).orElse("no README at the root"));
        Optional<IndexedFile> runbook = first(f -> RUNBOOK.matcher(f.path()).find() && f.language().equals("markdown"));
        add("runbook", ChecklistArea.DOCUMENTATION, "Operators have a runbook", runbook.isPresent() ? CheckState.PASS
                : CheckState.FAIL, runbook.map(IndexedFile::path).orElse("no runbook found"));
        Optional<IndexedFile> adr = first(f -> ADR.matcher(f.path()).find());
        add("architecture-decisions", ChecklistArea.DOCUMENTATION, "Architecture decisions are recorded",
                adr.isPresent() ? CheckState.PASS : CheckState.NOT_CHECKED, adr.map(IndexedFile::path)
                        .orElse("no decision records in the repository"));
    }

    private void signalCheck(String id, ChecklistArea area, String title, String signal, CheckState whenMissing) {
        Optional<IndexedFile> hit = firstWithSignal(signal);
        add(id, area, title, hit.isPresent() ? CheckState.PASS : whenMissing, hit.map(IndexedFile::path)
                .orElse("not seen in the code"));
    }

    private Optional<IndexedFile> firstWithSignal(String signal) {
        return analyses.entrySet().stream().filter(e -> e.getValue().signals().contains(signal)).map(Map.Entry::getKey)
                .sorted((a, b) -> a.path().compareTo(b.path())).findFirst();
    }

    private Optional<IndexedFile> first(Predicate<IndexedFile> test) {
        return files.stream().filter(test).sorted((a, b) -> a.path().compareTo(b.path())).findFirst();
    }

    private Optional<Finding> findings(Predicate<Finding> test) {
        return components.stream().flatMap(c -> c.findings().stream()).filter(f -> !f.isExempt()).filter(test)
                .findFirst();
    }

    /** Whether a (small) deployment file contains the pattern; unreadable counts as no. Each file is read once. */
    private boolean contains(IndexedFile f, String regex) {
        String text = texts.computeIfAbsent(f, ReadinessChecklist::read);
        return !text.isEmpty() && patterns.computeIfAbsent(regex, Pattern::compile).matcher(text).find();
    }

    private static String read(IndexedFile f) {
        try {
            return f.size() > MAX_BYTES ? "" : Files.readString(f.absolute(), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private void add(String id, ChecklistArea area, String title, CheckState state, String evidence) {
        out.add(new CheckResult(id, area, title, state, evidence));
    }
}
