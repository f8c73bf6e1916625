package dev.uplift.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The seed's ProductionStandards: what a component must reach to count as production-ready.
 *
 * @param thresholds       minimum scores for every component
 * @param tierOverrides    per tier, thresholds that differ from the defaults, by score key
 * @param requiredControls controls every component must have
 * @param ruleSeverities   severities that replace a rule's default, by rule id
 * @param exemptions       accepted findings or rules
 */
public record ProductionStandards(String name, Thresholds thresholds, Map<Tier, Map<String, Double>> tierOverrides,
                                  List<RequiredControl> requiredControls, Map<String, Severity> ruleSeverities,
                                  List<Exemption> exemptions) {
    public ProductionStandards {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(thresholds, "thresholds");
        tierOverrides = Map.copyOf(tierOverrides);
        requiredControls = List.copyOf(requiredControls);
        ruleSeverities = Map.copyOf(ruleSeverities);
        exemptions = List.copyOf(exemptions);
    }

    /** The seed design's thresholds and the readiness checklist's controls. */
    public static ProductionStandards defaults() {
        return new ProductionStandards("default", Thresholds.seedDefaults(), Map.of(), List.of(
                new RequiredControl("tests", "Automated tests exist", "TEST-NO-TESTS"),
                new RequiredControl("health-check", "HTTP services expose a health endpoint", "OBS-NO-HEALTH-CHECK"),
                new RequiredControl("logging", "Services log through a logging framework", "OBS-NO-LOGGING"),
                new RequiredControl("no-hardcoded-credentials", "No credentials in source code",
                        "SEC-HARDCODED-CREDENTIAL"),
                new RequiredControl("errors-not-swallowed", "Errors are never silently swallowed", "ERR-EMPTY-CATCH")),
                Map.of(), List.of());
    }

    /** The default threshold for a category, or null when the standard sets none. */
    public Double target(Category category) {
        return thresholds.of(category);
    }

    /** The threshold for a category in a tier: the tier's override, else the default. */
    public Double target(Category category, Tier tier) {
        Map<String, Double> overrides = tier == null ? null : tierOverrides.get(tier);
        return overrides == null ? target(category) : thresholds.with(overrides).of(category);
    }

    /** This standard with one more exemption. */
    public ProductionStandards withExemption(Exemption exemption) {
        List<Exemption> more = new java.util.ArrayList<>(exemptions);
        more.add(exemption);
        return new ProductionStandards(name, thresholds, tierOverrides, requiredControls, ruleSeverities, more);
    }

    /** A finding as this standard sees it: its severity possibly replaced, its exemption if one holds. */
    public Finding apply(Finding finding, String componentId, LocalDate on) {
        Severity severity = ruleSeverities.getOrDefault(finding.ruleId(), finding.severity());
        Optional<Exemption> exemption = exemptions.stream().filter(e -> e.matches(finding, componentId, on)).findFirst();
        return new Finding(finding.ruleId(), finding.category(), severity, finding.file(), finding.line(),
                finding.message(), finding.evidence(), finding.effortMinutes(), finding.cwe(),
                exemption.map(Exemption::describe).orElse(null), finding.occurrences(), finding.review(),
                finding.trace());
    }
}
