package dev.uplift.model.gate;

import dev.uplift.model.Assessment;
import dev.uplift.model.Category;
import dev.uplift.model.ComponentAssessment;
import dev.uplift.model.Finding;
import dev.uplift.model.ProductionStandards;
import dev.uplift.model.RequiredControl;
import dev.uplift.model.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Checks every component against the standard: each category threshold (the tier's where it has one),
 * each required control, and no blocker finding. Exempt findings never fail the gate. Stateless.
 */
public final class Gate {
    private static final List<Category> GATED = List.of(Category.CODE_QUALITY, Category.SECURITY,
            Category.PERFORMANCE, Category.TESTING, Category.DOCUMENTATION);

    private Gate() {
    }

    /** Everything that falls short; empty when the assessment meets the standard. */
    public static List<Shortfall> evaluate(Assessment assessment, ProductionStandards standard) {
        List<Shortfall> out = new ArrayList<>();
        for (ComponentAssessment c : assessment.components()) {
            String id = c.component().id();
            String name = c.component().name();
            for (Category category : GATED) {
                Double target = standard.target(category, c.component().tier());
                double value = c.scores().of(category);
                if (target != null && value < target) {
                    boolean percent = category == Category.TESTING;
                    out.add(new Shortfall(id, name, "threshold", category.title().toLowerCase(Locale.ROOT),
                            format(value, percent), format(target, percent)));
                }
            }
            for (RequiredControl control : standard.requiredControls()) {
                long missing = c.findings().stream().filter(f -> !f.isExempt() && f.ruleId().equals(control.ruleId()))
                        .count();
                if (missing > 0) {
                    out.add(new Shortfall(id, name, "control", control.title(),
                            missing + " × " + control.ruleId(), "present"));
                }
            }
            for (Finding f : c.findings()) {
                if (!f.isExempt() && f.severity() == Severity.BLOCKER) {
                    out.add(new Shortfall(id, name, "blocker", f.ruleId() + " at " + f.file() + ":" + f.line(),
                            "blocker", "no blocker"));
                }
            }
        }
        return out;
    }

    private static String format(double v, boolean percent) {
        return percent ? String.format(Locale.ROOT, "%.0f %%", v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
