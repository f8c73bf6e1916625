package dev.uplift.model.plan;

import dev.uplift.model.Finding;
import dev.uplift.model.Severity;
import dev.uplift.model.checklist.CheckResult;

import java.util.List;
import java.util.Set;

/**
 * What must be fixed before anything else, whatever the component's tier: a live secret in the
 * repository, or any finding its rule or the standard rates a blocker. Blocker steps go to the first
 * phase and every other step of the same people waits for them.
 */
final class Blockers {
    /** Rules that find live credentials (not just credential-shaped code). */
    private static final Set<String> SECRET_RULES = Set.of("SEC-SECRET", "SEC-ENV-FILE");

    private Blockers() {
    }

    static boolean isBlocker(String ruleId, List<Finding> findings) {
        return isSecret(ruleId) || findings.stream().anyMatch(f -> f.severity() == Severity.BLOCKER);
    }

    static boolean isSecret(String ruleId) {
        return SECRET_RULES.contains(ruleId);
    }

    /** Removing the finding is not enough for a leaked key: it is rotated, purged from history, and kept out. */
    static List<ValidationCriterion> secretValidation(String componentId) {
        return List.of(ValidationCriterion.confirmed(componentId, "every exposed key is revoked and rotated at its provider"),
                ValidationCriterion.confirmed(componentId, "the secrets are removed from the git history (git filter-repo"
                        + " or BFG) and every clone is refreshed"),
                ValidationCriterion.checkPasses(CheckResult.SECRET_SCANNING));
    }
}
