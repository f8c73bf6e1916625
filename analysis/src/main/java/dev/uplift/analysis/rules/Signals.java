package dev.uplift.analysis.rules;

import dev.uplift.analysis.parse.ParsedFile;

import java.util.HashSet;
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

    private static final Map<String, Pattern> TEXT_SIGNALS = Map.ofEntries(
            Map.entry(METRICS, Pattern.compile("io\\.micrometer|io\\.prometheus|prometheus_client|prom-client|statsd|"
                    + "opentelemetry.*metric|MeterRegistry")),
            Map.entry(TRACING, Pattern.compile("opentelemetry|io\\.opentracing|jaeger|zipkin|brave\\.|sleuth|ddtrace|"
                    + "@opentelemetry")),
            Map.entry(CORRELATION, Pattern.compile("(?i)correlation[_-]?id|X-Request-Id|X-Correlation-Id|traceparent|"
                    + "MDC\\.put")),
            Map.entry(RESILIENCE, Pattern.compile("resilience4j|CircuitBreaker|circuitbreaker|@Retryable|tenacity|backoff|"
                    + "\\bretry\\(|RetryTemplate|opossum|p-retry|axios-retry")),
            Map.entry(AUTHENTICATION, Pattern.compile("spring-security|SecurityFilterChain|@PreAuthorize|Authorization|"
                    + "jwt|oauth|OAuth|passport\\.|flask_login|django\\.contrib\\.auth|TokenService")),
            Map.entry(RATE_LIMIT, Pattern.compile("(?i)rate[_ -]?limit|throttl|bucket4j|TokenBucket")),
            Map.entry(SECRET_MANAGER, Pattern.compile("(?i)vault|secretsmanager|secretmanager|keyvault|SecretClient|"
                    + "secretKeyRef|aws-secretsmanager")),
            Map.entry(FEATURE_FLAGS, Pattern.compile("(?i)launchdarkly|unleash|flagsmith|togglz|ff4j|featureflag|"
                    + "feature[_-]?flag")),
            Map.entry(HTTP_CLIENT, Pattern.compile("java\\.net\\.http\\.HttpClient|HttpURLConnection|RestTemplate|"
                    + "WebClient\\.|OkHttpClient|@FeignClient|^\\s*import (requests|httpx)\\b|^\\s*from (requests|httpx) import|"
                    + "aiohttp\\.ClientSession|from ['\"]axios['\"]|\\bfetch\\(")),
            Map.entry(HTTP_SERVER, Pattern.compile("@RestController|@Controller\\b|@(Get|Post|Put|Delete|Request)Mapping|"
                    + "com\\.sun\\.net\\.httpserver|HttpServer\\.create|extends HttpServlet|@Path\\(|"
                    + "\\bFlask\\(|\\bFastAPI\\(|APIRouter\\(|from django|aiohttp\\.web|\\bexpress\\(\\)|"
                    + "http\\.createServer|fastify\\(")),
            Map.entry(HEALTH_ENDPOINT, Pattern.compile("[\"'`/](health|healthz|readyz|livez|readiness|liveness)[\"'`/]|"
                    + "HealthIndicator|HealthCheck")),
            Map.entry(LOGGING, Pattern.compile("org\\.slf4j|java\\.util\\.logging|org\\.apache\\.logging\\.log4j|"
                    + "^\\s*import logging|^\\s*from logging|structlog|loguru|from ['\"](winston|pino|bunyan)")),
            Map.entry(ENTRY_POINT, Pattern.compile("public\\s+static\\s+void\\s+main\\s*\\(|"
                    + "^if\\s+__name__\\s*==\\s*['\"]__main__['\"]")),
            Map.entry(DATABASE, Pattern.compile("java\\.sql\\.|javax\\.sql|org\\.jdbi|jakarta\\.persistence|sqlalchemy|"
                    + "psycopg|sqlite3|pymongo|typeorm|prisma")));
    private static final Set<String> ML_IMPORTS = Set.of("torch", "tensorflow", "sklearn", "keras", "transformers",
            "xgboost", "lightgbm", "jax", "onnxruntime");

    private Signals() {
    }

    public static Set<String> scan(ParsedFile file) {
        Set<String> found = new HashSet<>();
        if (!file.file().isCode() || file.file().test()) {
            return found;
        }
        for (String line : file.lines()) {
            for (Map.Entry<String, Pattern> e : TEXT_SIGNALS.entrySet()) {
                if (!found.contains(e.getKey()) && e.getValue().matcher(line).find()) {
                    found.add(e.getKey());
                }
            }
        }
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
