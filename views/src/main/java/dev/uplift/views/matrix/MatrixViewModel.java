package dev.uplift.views.matrix;

import dev.uplift.model.Assessment;
import dev.uplift.model.Tier;
import dev.uplift.model.plan.PriorityMatrix;
import dev.uplift.model.plan.UpgradePlan;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The matrix's figures, from the shown assessment and its plan. Moving a component to another tier
 * needs a reason and goes through {@link TierMover}, which stores it and brings the new assessment back.
 */
public final class MatrixViewModel {
    /** Stores a tier set by hand (in the background) and shows the assessment that results. */
    @FunctionalInterface
    public interface TierMover {
        void move(String componentId, Tier tier, String reason);
    }

    private final ObservableList<PriorityMatrix.Bubble> bubbles = FXCollections.observableArrayList();
    private final TierMover mover;
    private Assessment assessment;
    private UpgradePlan plan;

    public MatrixViewModel(TierMover mover) {
        this.mover = mover;
    }

    public void show(Assessment a) {
        assessment = a;
        refresh();
    }

    /** The plan sizes the bubbles (hours of open steps) and colours them (worst risk); null leaves them plain. */
    public void showPlan(UpgradePlan p) {
        plan = p != null && assessment != null && p.assessmentId().equals(assessment.id()) ? p : null;
        refresh();
    }

    private void refresh() {
        bubbles.setAll(assessment == null ? List.of() : PriorityMatrix.of(assessment, plan).stream()
                .sorted(Comparator.comparing(PriorityMatrix.Bubble::tier)
                        .thenComparingDouble(PriorityMatrix.Bubble::readiness)).toList());
    }

    public ObservableList<PriorityMatrix.Bubble> bubbles() {
        return bubbles;
    }

    /** The components of a tier, least ready first (the board beside the chart). */
    public List<PriorityMatrix.Bubble> inTier(Tier tier) {
        return bubbles.stream().filter(b -> b.tier() == tier).toList();
    }

    /**
     * Moves the component to the tier with the reason; false, and nothing happens, when the tier is its
     * own or the reason is blank.
     */
    public boolean move(PriorityMatrix.Bubble bubble, Tier tier, String reason) {
        if (bubble.tier() == tier || reason == null || reason.isBlank()) {
            return false;
        }
        mover.move(bubble.componentId(), tier, reason.strip());
        return true;
    }

    /** What a bubble's tooltip says. */
    public static String describe(PriorityMatrix.Bubble b) {
        return String.format(Locale.ROOT, "%s%n%s %s%nreadiness %.1f of 10 (gap %.1f)%n%s%nworst risk: %s",
                b.name(), b.tier().name(), b.tier().title(), b.readiness(), b.gap(),
                b.openSteps() == 0 ? "no open plan steps" : String.format(Locale.ROOT, "%d open steps, %.0f hours",
                        b.openSteps(), b.effortHours()), b.risk().name().toLowerCase(Locale.ROOT))
                + "\nClick to open it; drag it to another tier to move it there.";
    }
}
