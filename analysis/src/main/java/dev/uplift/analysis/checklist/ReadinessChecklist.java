package dev.uplift.analysis.checklist;

import dev.uplift.analysis.engine.FileAnalysis;
import dev.uplift.analysis.index.IndexedFile;
import dev.uplift.analysis.rules.OperationsRules;
import dev.uplift.analysis.rules.Signals;
import dev.uplift.model.Component;
import dev.uplift.model.ComponentAssessment;
import dev.uplift.model.ComponentKind;
import dev.uplift.model.ComponentMetrics;
import dev.uplift.model.Finding;
import dev.uplift.model.Rule;
import dev.uplift.model.checklist.CheckResult;
import dev.uplift.model.checklist.CheckState;
import dev.uplift.model.checklist.ChecklistArea;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Evaluates the readiness checklist for the repository or for one component. Code-level facts come
 * from the signals the analyzers raised per file; deployment files (CI, Dockerfiles, compose,
 * Kubernetes manifests) are read here, bounded in size. What code cannot show is
 * {@link CheckState#NOT_CHECKED}, never a pass.
 *
 * <p>A component's checklist looks at its own files and findings and leaves out what only the
 * repository as a whole can show (CI, runbooks, rollback); a failed operations control there also
 * becomes a finding of {@link OperationsRules}, so it costs Operations points. Not thread-safe; one
 * per evaluation.
 */
public final class ReadinessChecklist {
    private static final long MAX_BYTES = 512 * 1024;
    private static final double MAX_STUB_RATIO = 0.05;
    private static final Pattern SECRET_SCANNER = Pattern.compile("(?i)gitleaks|trufflehog|detect-secrets|ggshield"
            + "|git-secrets|secretlint|talisman|whispers|noseyparker");
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

    /** A component checklist and the operations findings its failures raise. */
    public record ComponentChecklist(List<CheckResult> items, List<Finding> findings) {
    }

    private final List<IndexedFile> files;
    private final RepositoryFiles repositoryFiles;
    private final Map<IndexedFile, FileAnalysis> analyses;
    private final List<Finding> findings;
    private final Component component;
    private final List<CheckResult> out = new ArrayList<>();
    private final List<Finding> raised = new ArrayList<>();
    private final Map<IndexedFile, String> texts = new HashMap<>();
    private final Map<String, Pattern> patterns = new HashMap<>();

    private ReadinessChecklist(List<IndexedFile> files, RepositoryFiles repositoryFiles,
                               Map<IndexedFile, FileAnalysis> analyses, List<Finding> findings, Component component) {
        this.files = files;
        this.repositoryFiles = repositoryFiles;
        this.analyses = analyses;
        this.findings = findings.stream().filter(f -> !f.isExempt()).toList();
        this.component = component;
    }

    /** The repository's checklist over every file and every component's findings. */
    public static List<CheckResult> forRepository(List<IndexedFile> files, Map<IndexedFile, FileAnalysis> analyses,
                                                  List<ComponentAssessment> components) {
        ReadinessChecklist checklist = new ReadinessChecklist(files, new RepositoryFiles(files), analyses,
                components.stream().flatMap(c -> c.findings().stream()).toList(), null);
        checklist.evaluate();
        Optional<ComponentAssessment> stubby = components.stream().filter(c -> c.metrics().stubRatio() > MAX_STUB_RATIO)
                .findFirst();
        checklist.add("no-skeleton-code", ChecklistArea.CODE_ROBUSTNESS, "Stub functions are under 5 % everywhere",
                stubby.isEmpty() ? CheckState.PASS : CheckState.FAIL, stubby.map(c -> c.component().name() + ": "
                        + percent(c.metrics().stubRatio()) + " stubs").orElse("every component under 5 %"));
        checklist.add("capacity-tested", ChecklistArea.SCALABILITY, "Capacity and scaling behaviour are known",
                CheckState.NOT_CHECKED, "code cannot show it: record the load test that does");
        return List.copyOf(checklist.out);
    }

    /**
     * One component's checklist over its own files and (judged, not yet scored) findings.
     *
     * @param analyses        the component's files and their analyses
     * @param repositoryFiles every file of the repository, where a component may find its migrations or config
     */
    public static ComponentChecklist forComponent(Component component, ComponentMetrics metrics,
                                                  Map<IndexedFile, FileAnalysis> analyses,
                                                  RepositoryFiles repositoryFiles, List<Finding> findings) {
        List<IndexedFile> own = analyses.keySet().stream().sorted(Comparator.comparing(IndexedFile::path)).toList();
        ReadinessChecklist checklist = new ReadinessChecklist(own, repositoryFiles, analyses, findings, component);
        if (component.kind() == ComponentKind.PLATFORM) { // deployment and configuration files, no code
            checklist.deployment();
            checklist.configuration();
            return new ComponentChecklist(List.copyOf(checklist.out), List.copyOf(checklist.raised));
        }
        checklist.evaluate();
        checklist.add("no-skeleton-code", ChecklistArea.CODE_ROBUSTNESS, "Stub functions are under 5 %",
                metrics.stubRatio() > MAX_STUB_RATIO ? CheckState.FAIL : CheckState.PASS,
                percent(metrics.stubRatio()) + " of " + metrics.functions() + " functions are stubs");
        return new ComponentChecklist(List.copyOf(checklist.out), List.copyOf(checklist.raised));
    }

    private boolean forRepository() {
        return component == null;
    }

    /** A component that runs as a process of its own, where monitoring and resilience matter. */
    private boolean isService() {
        return (hasSignal(Signals.HTTP_SERVER) || hasSignal(Signals.ENTRY_POINT))
                && (forRepository() || !hasSignal(Signals.PUBLISHED_LIBRARY)); // a library's servers are examples
    }

    private void evaluate() {
        deployment();
        testing();
        dataIntegrity();
        configuration();
        monitoring();
        errorHandling();
        security();
        documentation();
    }

    private void deployment() {
        if (forRepository()) {
            Optional<IndexedFile> ci = first(f -> CI_FILE.matcher(f.path()).find());
            add("ci-pipeline", ChecklistArea.DEPLOYMENT, "A CI pipeline builds every change", ci.isPresent()
                    ? CheckState.PASS : CheckState.FAIL, ci.map(IndexedFile::path).orElse("no CI configuration found"));
        }
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
            IndexedFile culprit = without.orElseGet(() -> compose.isEmpty() ? null : compose.get(0));
            add("container-health-check", ChecklistArea.DEPLOYMENT, "Containers declare a health check",
                    pass ? CheckState.PASS : CheckState.FAIL, pass ? "health checks declared"
                            : without.map(f -> f.path() + " has no HEALTHCHECK")
                            .orElseGet(() -> compose.get(0).path() + " declares no healthcheck"),
                    OperationsRules.NO_HEALTHCHECK, culprit);
        }
        if (dockerfiles.isEmpty()) {
            add("container-non-root", ChecklistArea.DEPLOYMENT, "Containers run as a non-root user",
                    CheckState.NOT_APPLICABLE, "no Dockerfile");
        } else {
            Optional<IndexedFile> root = dockerfiles.stream()
                    .filter(f -> !contains(f, "(?m)^\\s*USER\\s+(?!root\\b|0\\b)\\S+")).findFirst();
            add("container-non-root", ChecklistArea.DEPLOYMENT, "Containers run as a non-root user",
                    root.isEmpty() ? CheckState.PASS : CheckState.FAIL, root.map(f -> f.path() + " sets no non-root USER")
                            .orElse("every Dockerfile sets a non-root USER"), OperationsRules.ROOT_CONTAINER,
                    root.orElse(null));
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
                            .orElse("every workload has both probes"), OperationsRules.NO_PROBES, noProbe.orElse(null));
            Optional<IndexedFile> noLimits = workloads.stream().filter(f -> !contains(f, "(?m)^\\s*limits:")).findFirst();
            add("resource-limits", ChecklistArea.DEPLOYMENT, "Workloads set resource limits",
                    noLimits.isEmpty() ? CheckState.PASS : CheckState.FAIL, noLimits.map(f -> f.path() + " sets no limits")
                            .orElse("every workload sets limits"), OperationsRules.NO_LIMITS, noLimits.orElse(null));
        }
        if (forRepository()) {
            add("rollback", ChecklistArea.DEPLOYMENT, "A release can be rolled back", CheckState.NOT_CHECKED,
                    "code cannot show it: record the rollback procedure");
        }
    }

    private void testing() {
        Optional<IndexedFile> test = first(f -> f.test() && f.isCode());
        add("automated-tests", ChecklistArea.TESTING, "Automated tests exist", test.isPresent() ? CheckState.PASS
                : CheckState.FAIL, test.map(IndexedFile::path).orElse("no test files"));
        if (!forRepository()) {
            return;
        }
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
        // a component's migrations often live in a module of their own: any in the repository will do
        Optional<IndexedFile> migration = firstInScopeThenRepository(MIGRATION);
        add("migrations", ChecklistArea.DATA_INTEGRITY, "Schema changes are versioned migrations", database.isEmpty()
                        ? CheckState.NOT_APPLICABLE : migration.isPresent() ? CheckState.PASS : CheckState.FAIL,
                database.isEmpty() ? "no database access found" : migration.map(IndexedFile::path)
                        .orElse(database.get().path() + " uses a database; no migrations found"),
                OperationsRules.NO_MIGRATIONS, database.orElse(null));
        add("backups", ChecklistArea.DATA_INTEGRITY, "Data is backed up and restores are tested",
                database.isEmpty() ? CheckState.NOT_APPLICABLE : CheckState.NOT_CHECKED,
                database.isEmpty() ? "no database access found" : "code cannot show it: record the last restore test");
    }

    private void configuration() {
        Optional<IndexedFile> env = firstInScopeThenRepository(ENV_CONFIG);
        if (forRepository() || isService()) {
            add("environment-config", ChecklistArea.CONFIGURATION,
                    "Configuration differs per environment without code changes", env.isPresent() ? CheckState.PASS
                            : CheckState.FAIL, env.map(IndexedFile::path)
                            .orElse("no per-environment configuration or example file"),
                    OperationsRules.NO_ENVIRONMENT_CONFIG, null);
        } else {
            add("environment-config", ChecklistArea.CONFIGURATION,
                    "Configuration differs per environment without code changes", CheckState.NOT_APPLICABLE,
                    "a library: its host service is configured");
        }
        Optional<Finding> leaked = finding(f -> f.ruleId().startsWith("SEC-SECRET") || f.ruleId().equals("SEC-ENV-FILE")
                || f.ruleId().equals("SEC-HARDCODED-CREDENTIAL"));
        Optional<IndexedFile> manager = firstWithSignal(Signals.SECRET_MANAGER);
        add("secret-management", ChecklistArea.CONFIGURATION, "Secrets come from a secret manager or the environment",
                leaked.isPresent() ? CheckState.FAIL : manager.isPresent() ? CheckState.PASS : CheckState.NOT_CHECKED,
                leaked.map(f -> "secret committed at " + f.file() + ":" + f.line()).orElse(manager.map(IndexedFile::path)
                        .orElse("no committed secrets; no secret manager seen in the code")));
        if (forRepository()) {
            Optional<IndexedFile> scanner = first(f -> (CI_FILE.matcher(f.path()).find()
                    || f.fileName().equals(".pre-commit-config.yaml")) && contains(f, SECRET_SCANNER.pattern())
                    || f.fileName().matches("\\.?gitleaks\\.toml|\\.secrets\\.baseline|\\.trufflehog.*"));
            add(CheckResult.SECRET_SCANNING, ChecklistArea.CONFIGURATION, "A secret scanner checks every change",
                    scanner.isPresent() ? CheckState.PASS : CheckState.FAIL, scanner.map(IndexedFile::path)
                            .orElse("no secret scanner (gitleaks, trufflehog, detect-secrets…) in CI or pre-commit"));
            Optional<IndexedFile> flags = firstWithSignal(Signals.FEATURE_FLAGS);
            add("feature-flags", ChecklistArea.CONFIGURATION, "Risky changes can be switched off with feature flags",
                    flags.isPresent() ? CheckState.PASS : CheckState.NOT_CHECKED, flags.map(IndexedFile::path)
                            .orElse("no feature-flag library seen"));
        }
    }

    private void monitoring() {
        boolean applies = forRepository() || isService();
        signalCheck("metrics", ChecklistArea.MONITORING, "Services export metrics", Signals.METRICS, CheckState.FAIL,
                applies);
        signalCheck("tracing", ChecklistArea.MONITORING, "Requests are traced across services", Signals.TRACING,
                CheckState.FAIL, applies);
        signalCheck("correlation-ids", ChecklistArea.MONITORING, "Logs carry correlation ids", Signals.CORRELATION,
                CheckState.FAIL, applies);
        Optional<IndexedFile> http = firstWithSignal(Signals.HTTP_SERVER);
        Optional<Finding> missing = finding(f -> f.ruleId().equals("OBS-NO-HEALTH-CHECK"));
        add("health-endpoints", ChecklistArea.MONITORING, "Every HTTP service has a health endpoint", http.isEmpty()
                        ? CheckState.NOT_APPLICABLE : missing.isEmpty() ? CheckState.PASS : CheckState.FAIL,
                http.isEmpty() ? "no HTTP services" : missing.map(f -> f.file() + " serves HTTP without one")
                        .orElse("every HTTP service has one"));
    }

    private void errorHandling() {
        Optional<Finding> swallowed = finding(f -> f.ruleId().equals("ERR-EMPTY-CATCH") || f.ruleId().equals("ERR-BARE-EXCEPT"));
        add("errors-not-swallowed", ChecklistArea.ERROR_HANDLING, "Errors are never swallowed", swallowed.isEmpty()
                ? CheckState.PASS : CheckState.FAIL, swallowed.map(f -> f.file() + ":" + f.line())
                .orElse("no empty or bare handlers"));
        signalCheck("retries-and-circuit-breakers", ChecklistArea.ERROR_HANDLING,
                "Calls to other services retry with backoff or break the circuit", Signals.RESILIENCE, CheckState.FAIL,
                forRepository() || isService());
    }

    private void security() {
        boolean serves = forRepository() || hasSignal(Signals.HTTP_SERVER) && !hasSignal(Signals.PUBLISHED_LIBRARY);
        signalCheck("authentication", ChecklistArea.SECURITY_CONTROLS, "Requests are authenticated",
                Signals.AUTHENTICATION, CheckState.NOT_CHECKED, serves);
        signalCheck("rate-limiting", ChecklistArea.SECURITY_CONTROLS, "Public endpoints are rate limited",
                Signals.RATE_LIMIT, CheckState.NOT_CHECKED, serves);
        Optional<Finding> vulnerable = finding(f -> f.ruleId().equals("DEP-VULNERABLE"));
        add("no-vulnerable-dependencies", ChecklistArea.SECURITY_CONTROLS, "No dependency has a known vulnerability",
                vulnerable.isEmpty() ? CheckState.PASS : CheckState.FAIL, vulnerable.map(f -> f.file() + ":" + f.line()
                        + " " + f.evidence()).orElse("no known-vulnerable versions among pinned dependencies"));
        if (forRepository()) {
            add("tls", ChecklistArea.SECURITY_CONTROLS, "Traffic is encrypted in transit (TLS)", CheckState.NOT_CHECKED,
                    "usually set up outside the code: record where TLS terminates");
        }
    }

    private void documentation() {
        String prefix = forRepository() || component.path().equals(".") ? "" : component.path() + "/";
        Optional<IndexedFile> readme = first(f -> f.path().toLowerCase(Locale.ROOT)
                .matches(Pattern.quote(prefix.toLowerCase(Locale.ROOT)) + "readme(\\.\\w+)?"));
        add("readme", ChecklistArea.DOCUMENTATION, forRepository() ? "The repository has a README"
                : "The component has a README", readme.isPresent() ? CheckState.PASS : CheckState.FAIL,
                readme.map(IndexedFile::path).orElse(forRepository() ? "no README at the root" : "no README in " + prefix));
        if (!forRepository()) {
            return;
        }
        Optional<IndexedFile> runbook = first(f -> RUNBOOK.matcher(f.path()).find() && f.language().equals("markdown"));
        add("runbook", ChecklistArea.DOCUMENTATION, "Operators have a runbook", runbook.isPresent() ? CheckState.PASS
                : CheckState.FAIL, runbook.map(IndexedFile::path).orElse("no runbook found"));
        Optional<IndexedFile> adr = first(f -> ADR.matcher(f.path()).find());
        add("architecture-decisions", ChecklistArea.DOCUMENTATION, "Architecture decisions are recorded",
                adr.isPresent() ? CheckState.PASS : CheckState.NOT_CHECKED, adr.map(IndexedFile::path)
                        .orElse("no decision records in the repository"));
    }

    private void signalCheck(String id, ChecklistArea area, String title, String signal, CheckState whenMissing,
                             boolean applies) {
        if (!applies) {
            add(id, area, title, CheckState.NOT_APPLICABLE, "not a service: no HTTP server or entry point");
            return;
        }
        Optional<IndexedFile> hit = firstWithSignal(signal);
        add(id, area, title, hit.isPresent() ? CheckState.PASS : whenMissing, hit.map(IndexedFile::path)
                .orElse("not seen in the code"));
    }

    private boolean hasSignal(String signal) {
        return firstWithSignal(signal).isPresent();
    }

    private Optional<IndexedFile> firstWithSignal(String signal) {
        return analyses.entrySet().stream().filter(e -> e.getValue().signals().contains(signal)).map(Map.Entry::getKey)
                .min(Comparator.comparing(IndexedFile::path));
    }

    private Optional<IndexedFile> first(Predicate<IndexedFile> test) {
        return files.stream().filter(test).min(Comparator.comparing(IndexedFile::path));
    }

    private Optional<IndexedFile> firstInScopeThenRepository(Pattern pathPattern) {
        Optional<IndexedFile> own = first(f -> pathPattern.matcher(f.path()).find());
        return own.isPresent() ? own : repositoryFiles.first(pathPattern);
    }

    private Optional<Finding> finding(Predicate<Finding> test) {
        return findings.stream().filter(test).findFirst();
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

    private static String percent(double ratio) {
        return Math.round(ratio * 100) + " %";
    }

    private void add(String id, ChecklistArea area, String title, CheckState state, String evidence) {
        out.add(new CheckResult(id, area, title, state, evidence));
    }

    /**
     * Adds an item; on a component, a failure also raises a finding of {@code rule} at {@code file}
     * (or the component's folder).
     */
    private void add(String id, ChecklistArea area, String title, CheckState state, String evidence, Rule rule,
                     IndexedFile file) {
        add(id, area, title, state, evidence);
        if (!forRepository() && state == CheckState.FAIL) {
            raised.add(Finding.of(rule, file == null ? component.path() : file.path(), 0, evidence, null));
        }
    }
}
