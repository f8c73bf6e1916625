package dev.uplift.analysis.components;

import dev.uplift.analysis.rules.Signals;
import dev.uplift.model.Component;
import dev.uplift.model.ComponentKind;
import dev.uplift.model.Tier;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Places a component in the seed's priority matrix from the words in its name and path, then from
 * what its code imports. The reason is kept so the user can see it and argue with it. Thread-safe.
 */
public final class TierClassifier {
    private record Keywords(Tier tier, String meaning, Set<String> words) {
    }

    private static final List<Keywords> BY_NAME = List.of(
            new Keywords(Tier.P1, "data storage is critical infrastructure", Set.of("db", "database", "databases",
                    "persistence", "dao", "storage", "datastore", "migrations", "migration", "schema")),
            new Keywords(Tier.P1, "the API gateway is critical infrastructure", Set.of("gateway", "proxy", "edge",
                    "ingress")),
            new Keywords(Tier.P1, "authentication is critical infrastructure", Set.of("auth", "authn", "authz",
                    "authentication", "authorization", "identity", "iam", "login", "oauth", "sso", "security")),
            new Keywords(Tier.P1, "monitoring is critical infrastructure", Set.of("monitoring", "metrics",
                    "telemetry", "observability", "logging", "tracing", "alerting")),
            new Keywords(Tier.P1, "shared infrastructure comes first", Set.of("infra", "infrastructure", "errors",
                    "error", "config", "common", "shared")),
            new Keywords(Tier.P4, "ML, analytics and research are advanced features", Set.of("ml", "ai", "llm",
                    "nlp", "analytics", "research", "experiments", "experiment", "notebooks", "labs", "training",
                    "inference", "recommender", "recommendations", "forecasting", "insights")),
            new Keywords(Tier.P3, "front ends, SDKs and integrations are the integration & UI tier", Set.of("ui",
                    "web", "webapp", "frontend", "front", "dashboard", "dashboards", "admin", "portal", "client",
                    "clients", "sdk", "cli", "integration", "integrations", "connector", "connectors", "adapter",
                    "adapters", "plugin", "plugins", "mobile", "site")),
            new Keywords(Tier.P2, "services, engines and workers are core business logic", Set.of("service",
                    "services", "engine", "engines", "agent", "agents", "worker", "workers", "processing",
                    "processor", "pipeline", "pipelines", "workflow", "workflows", "orchestrator", "orchestration",
                    "core", "domain", "orders", "order", "billing", "payments", "payment", "jobs", "scheduler")));

    /**
     * Classifies one component; {@code signals} are what its files raised (see {@link Signals}). The
     * component's own name decides first; the folders of its path only when the name says nothing.
     */
    public Component classify(Component component, Set<String> signals) {
        if (component.kind() == ComponentKind.PLATFORM) {
            return component.withTier(Tier.P1, "the root's deployment and configuration files (.env, compose files,"
                    + " Dockerfiles, manifests, CI) are critical infrastructure");
        }
        if (component.kind() == ComponentKind.SCRIPTS) {
            return component.withTier(Tier.P4, "loose scripts at the repository root are tooling beside the product");
        }
        Optional<Component> byName = byWords(component, words(component.name()), "name", signals);
        if (byName.isPresent()) {
            return byName.get();
        }
        Optional<Component> byPath = byWords(component, words(component.path()), "path", signals);
        if (byPath.isPresent()) {
            return byPath.get();
        }
        if (signals.contains(Signals.REACT)) {
            return component.withTier(Tier.P3, "its code uses React: a front end is integration & UI");
        }
        if (signals.contains(Signals.MACHINE_LEARNING)) {
            return component.withTier(Tier.P4, "its code imports ML libraries: an advanced feature");
        }
        return component.withTier(Tier.P2, "no infrastructure, UI or research signal: treated as core business logic");
    }

    private static Optional<Component> byWords(Component component, List<String> words, String where,
                                               Set<String> signals) {
        for (Keywords k : BY_NAME) {
            Optional<String> hit = words.stream().filter(k.words()::contains).findFirst();
            if (hit.isPresent() && (k.tier() != Tier.P2 || !signals.contains(Signals.REACT))) {
                return Optional.of(component.withTier(k.tier(), where + " contains '" + hit.get() + "': "
                        + k.meaning()));
            }
        }
        return Optional.empty();
    }

    /** Lower-case words of a name or path: split on punctuation, digits and camelCase. */
    static List<String> words(String text) {
        String spaced = text.replaceAll("([a-z])([A-Z])", "$1 $2");
        List<String> out = new ArrayList<>();
        for (String w : spaced.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** The meanings behind each tier's keywords, for documentation and tooltips. */
    public static Map<Tier, List<String>> meanings() {
        Map<Tier, List<String>> out = new LinkedHashMap<>();
        for (Keywords k : BY_NAME) {
            out.computeIfAbsent(k.tier(), t -> new ArrayList<>()).add(k.meaning());
        }
        return out;
    }
}
