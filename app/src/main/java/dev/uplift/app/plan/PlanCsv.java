package dev.uplift.app.plan;

import dev.uplift.app.export.SpreadsheetSafeCsv;
import dev.uplift.model.plan.UpgradePlan;
import dev.uplift.model.plan.UpgradeStep;
import dev.uplift.model.plan.ValidationCriterion;
import dev.uplift.model.plan.WorkingDays;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** One row per plan step, for spreadsheets and trackers. */
public final class PlanCsv {
    private PlanCsv() {
    }

    public static void write(UpgradePlan plan, Path file) throws IOException {
        Set<String> critical = new HashSet<>(plan.criticalPath());
        try (SpreadsheetSafeCsv csv = SpreadsheetSafeCsv.create(file, "id", "title", "component", "tier", "category",
                "phase", "status", "priority", "risk", "effortHours", "durationDays", "startDay", "endDay", "startDate",
                "endDate", "critical", "demand", "prerequisites", "validation")) {
            for (UpgradeStep s : plan.steps()) {
                boolean scheduled = s.isOpen();
                csv.row(s.id(), s.title(), s.componentId() == null ? "" : s.componentId(),
                        s.tier() == null ? "" : s.tier().name(), s.category().id(), s.phase(),
                        s.status().name().toLowerCase(Locale.ROOT), s.priority(), s.risk().name().toLowerCase(Locale.ROOT),
                        s.effortHours(), s.durationDays(), scheduled ? s.startDay() : "", scheduled ? s.endDay() : "",
                        scheduled ? WorkingDays.plus(plan.startDate(), s.startDay()).toString() : "",
                        scheduled ? WorkingDays.plus(plan.startDate(), Math.max(s.startDay(), s.endDay() - 1)).toString() : "",
                        critical.contains(s.id()) ? "yes" : "no",
                        s.demand().entrySet().stream().map(e -> e.getKey() + ":" + e.getValue())
                                .collect(Collectors.joining(" ")),
                        String.join(" ", s.prerequisites()),
                        s.validation().stream().map(ValidationCriterion::describe).collect(Collectors.joining("; ")));
            }
        }
    }
}
