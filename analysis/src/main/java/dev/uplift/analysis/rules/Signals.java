package dev.uplift.analysis.rules;

import dev.uplift.analysis.parse.ParsedFile;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Facts a file raises for component rules and tier classification: does it serve HTTP, expose a
 * health endpoint, log through a framework, use React or an ML library.
 */
public final class Signals {
    public static final String HTTP_SERVER = "http-server";
    public static final String HEALTH_ENDPOINT = "health-endpoint";
    public static final String LOGGING = "logging";
    public static final String REACT = "react";
    public static final String MACHINE_LEARNING = "machine-learning";
    public static final String DATABASE = "database";
    /** The file starts a process: a Java main method, a Python __main__ block. */
    public static final String ENTRY_POINT = "entry-point";
    public static final String METRICS = "metrics";
    public static final String TRACING = "tracing";
    public static final String CORRELATION = "correlation-id";
    public static final String RESILIENCE = "retry-or-circuit-breaker";
    public static final String AUTHENTICATION = "authentication";
    public static final String RATE_LIMIT = "rate-limit";
    public static final String SECRET_MANAGER = "secret-manager";
    public static final String FEATURE_FLAGS = "feature-flags";
    /** The file calls other services over HTTP. */
    public static final String HTTP_CLIENT = "http-client";
    /** The component is a library published for others to use (a manifest says so): not a service. */
    public static final String PUBLISHED_LIBRARY = "published-library";

    private static final Map<String, TextSignal> TEXT_SIGNALS = Map.ofEntries(
            Map.entry(METRICS, signal("io\\.micrometer|io\\.prometheus|prometheus_client|prom-client|statsd|"
                    + "opentelemetry.*metric|MeterRegistry",
                    "micrometer", "prometheus", "prom-client", "statsd", "opentelemetry", "meterregistry")),
            Map.entry(TRACING, signal("opentelemetry|io\\.opentracing|jaeger|zipkin|brave\\.|sleuth|ddtrace|"
                    + "@opentelemetry",
                    "opentelemetry", "opentracing", "jaeger", "zipkin", "brave.", "sleuth", "ddtrace")),
            Map.entry(CORRELATION, signal("(?i)correlation[_-]?id|X-Request-Id|X-Correlation-Id|traceparent|"
                    + "MDC\\.put",
                    "correlation", "x-request-id", "traceparent", "mdc.put")),
            Map.entry(RESILIENCE, signal("resilience4j|CircuitBreaker|circuitbreaker|@Retryable|tenacity|backoff|"
                    + "\\bretry\\(|RetryTemplate|opossum|p-retry|axios-retry",
                    "resilience4j", "circuitbreaker", "@retryable", "tenacity", "backoff", "retry(", "retrytemplate", "opossum", "p-retry", "axios-retry")),
            Map.entry(AUTHENTICATION, signal("spring-security|SecurityFilterChain|@PreAuthorize|Authorization|"
                    + "jwt|oauth|OAuth|passport\\.|flask_login|django\\.contrib\\.auth|TokenService",
                    "spring-security", "securityfilterchain", "@preauthorize", "authorization", "jwt", "oauth", "passport.", "flask_login", "django.contrib.auth", "tokenservice")),
            Map.entry(RATE_LIMIT, signal("(?i)rate[_ -]?limit|throttl|bucket4j|TokenBucket",
                    "ratelimit", "rate_limit", "rate limit", "rate-limit", "throttl", "bucket4j", "tokenbucket")),
            Map.entry(SECRET_MANAGER, signal("(?i)vault|secretsmanager|secretmanager|keyvault|SecretClient|"
                    + "secretKeyRef|aws-secretsmanager",
                    "vault", "secretsmanager", "secretmanager", "keyvault", "secretclient", "secretkeyref")),
            Map.entry(FEATURE_FLAGS, signal("(?i)launchdarkly|unleash|flagsmith|togglz|ff4j|featureflag|"
                    + "feature[_-]?flag",
                    "launchdarkly", "unleash", "flagsmith", "togglz", "ff4j", "featureflag", "feature_flag", "feature-flag")),
            Map.entry(HTTP_CLIENT, signal("java\\.net\\.http\\.HttpClient|HttpURLConnection|RestTemplate|"
                    + "WebClient\\.|OkHttpClient|@FeignClient|^\\s*import (requests|httpx)\\b|^\\s*from (requests|httpx) import|"
                    + "aiohttp\\.ClientSession|from ['\"]axios['\"]|\\bfetch\\(",
                    "java.net.http.httpclient", "httpurlconnection", "resttemplate", "webclient.", "okhttpclient", "@feignclient", "requests", "httpx", "aiohttp.clientsession", "axios", "fetch(")),
            Map.entry(HTTP_SERVER, signal("@RestController|@Controller\\b|@(Get|Post|Put|Delete|Request)Mapping|"
                    + "com\\.sun\\.net\\.httpserver|HttpServer\\.create|extends HttpServlet|@Path\\(|"
                    + "\\bFlask\\(|\\bFastAPI\\(|APIRouter\\(|from django|aiohttp\\.web|\\bexpress\\(\\)|"
                    + "http\\.createServer|fastify\\(",
                    "@restcontroller", "@controller", "getmapping", "postmapping", "putmapping", "deletemapping", "requestmapping", "com.sun.net.httpserver", "httpserver.create", "extends httpservlet", "@path(", "flask(", "fastapi(", "apirouter(", "from django", "aiohttp.web", "express()", "http.createserver", "fastify(")),
            Map.entry(HEALTH_ENDPOINT, signal("[\"'`/](health|healthz|readyz|livez|readiness|liveness)[\"'`/]|"
                    + "HealthIndicator|HealthCheck",
                    "health", "readyz", "livez", "readiness", "liveness")),
            Map.entry(LOGGING, signal("org\\.slf4j|java\\.util\\.logging|org\\.apache\\.logging\\.log4j|"
                    + "^\\s*import logging|^\\s*from logging|structlog|loguru|from ['\"](winston|pino|bunyan)",
                    "org.slf4j", "java.util.logging", "org.apache.logging.log4j", "import logging", "from logging", "structlog", "loguru", "winston", "pino", "bunyan")),
            Map.entry(ENTRY_POINT, signal("public\\s+static\\s+void\\s+main\\s*\\(|"
                    + "^if\\s+__name__\\s*==\\s*['\"]__main__['\"]",
                    "main")),
            Map.entry(DATABASE, signal("java\\.sql\\.|javax\\.sql|org\\.jdbi|jakarta\\.persistence|sqlalchemy|"
                    + "psycopg|sqlite3|pymongo|typeorm|prisma",
                    "java.sql.", "javax.sql", "org.jdbi", "jakarta.persistence", "sqlalchemy", "psycopg", "sqlite3", "pymongo", "typeorm", "prisma")));
    private static final List<String> NAMES = List.copyOf(TEXT_SIGNALS.keySet());
    private static final Set<String> MANIFESTS = Set.of("package.json", "pyproject.toml", "setup.cfg", "pom.xml",
            "build.gradle", "build.gradle.kts", "requirements.txt", "Pipfile");
    private static final Map<String, Pattern> MANIFEST_CAPABILITIES = Map.of(
            HEALTH_ENDPOINT, Pattern.compile("spring-boot-starter-actuator|terminus|express-healthcheck|django-health-check"
                    + "|fastapi-health|lightship"),
            METRICS, Pattern.compile("spring-boot-starter-actuator|micrometer-registry|prom-client|prometheus[_-]client"
                    + "|prometheus-flask-exporter|django-prometheus|express-prom-bundle|opentelemetry-exporter-prometheus"),
            TRACING, Pattern.compile("opentelemetry|micrometer-tracing|spring-cloud-starter-sleuth|dd-trace|ddtrace"),
            LOGGING, Pattern.compile("spring-boot-starter|logback|log4j|slf4j|winston|pino|bunyan|structlog|loguru"),
            RATE_LIMIT, Pattern.compile("express-rate-limit|rate-limiter-flexible|bucket4j|slowapi|django-ratelimit"
                    + "|flask-limiter"));
    private static final KeywordMatcher KEYWORDS = new KeywordMatcher(NAMES.stream()
            .map(n -> TEXT_SIGNALS.get(n).keywords()).toList());
    private static final Set<String> ML_IMPORTS = Set.of("torch", "tensorflow", "sklearn", "keras", "transformers",
            "xgboost", "lightgbm", "jax", "onnxruntime");

    private Signals() {
    }

    /**
     * What a build manifest tells: a library published for others (no service controls apply to it),
     * and capabilities a dependency brings without code (Spring Boot's actuator serves health and
     * metrics, its starters log).
     */
    static Set<String> manifestSignals(String name, String text) {
        Set<String> found = new HashSet<>();
        boolean library = switch (name) {
            case "package.json" -> !text.matches("(?s).*\"private\"\\s*:\\s*true.*")
                    && !text.matches("(?s).*\"start\"\\s*:.*")
                    && text.matches("(?s).*\"(main|exports|files|module|types)\"\\s*:.*");
            case "pyproject.toml", "setup.cfg" -> text.matches("(?s).*(\\[project]|\\[tool\\.poetry]|\\[metadata]).*")
                    && text.contains("classifiers");
            case "pom.xml" -> !text.contains("spring-boot-maven-plugin") && !text.contains("<packaging>war</packaging>")
                    && text.contains("<licenses>");
            default -> false;
        };
        if (library) {
            found.add(PUBLISHED_LIBRARY);
        }
        for (Map.Entry<String, Pattern> e : MANIFEST_CAPABILITIES.entrySet()) {
            if (e.getValue().matcher(text).find()) {
                found.add(e.getKey());
            }
        }
        return found;
    }

    /**
     * A signal's regular expression and the keywords (lower case) one of which every match contains:
     * the keywords of all signals are found in one pass, and only the signals whose keywords occur run
     * their expression. The expression sees the whole text; {@code ^} still means the start of a line.
     */
    private record TextSignal(Pattern pattern, List<String> keywords) {
    }

    private static TextSignal signal(String regex, String... keywords) {
        return new TextSignal(Pattern.compile(regex, Pattern.MULTILINE), List.of(keywords));
    }

    /** The text signals of a text; without the keyword prefilter every expression runs (for tests). */
    static Set<String> textSignals(String text, boolean prefilter) {
        Set<String> found = new HashSet<>();
        long candidates = prefilter ? KEYWORDS.scan(text) : -1L;
        for (int i = 0; i < NAMES.size(); i++) {
            if ((candidates & (1L << i)) != 0 && TEXT_SIGNALS.get(NAMES.get(i)).pattern().matcher(text).find()) {
                found.add(NAMES.get(i));
            }
        }
        return found;
    }

    public static Set<String> scan(ParsedFile file) {
        Set<String> found = new HashSet<>();
        if (MANIFESTS.contains(file.file().fileName()) && !file.file().test()) {
            return manifestSignals(file.file().fileName(), String.join("\n", file.lines()));
        }
        if (!file.file().isCode() || file.file().test()) {
            return found;
        }
        found.addAll(textSignals(String.join("\n", file.lines()), true));
        for (String imp : file.imports()) {
            String top = imp.toLowerCase(Locale.ROOT);
            if (top.equals("react") || top.equals("react-dom") || top.startsWith("react-")) {
                found.add(REACT);
            }
            if (ML_IMPORTS.contains(top)) {
                found.add(MACHINE_LEARNING);
            }
        }
        return found;
    }
}
