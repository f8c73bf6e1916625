package dev.uplift.views.matrix;

import dev.uplift.model.Tier;
import dev.uplift.model.plan.PriorityMatrix;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The matrix itself: tiers as bands from P1 at the top, the readiness gap across, a bubble per
 * component. A click on a bubble opens the component; dragging it into another band asks to move it
 * there. Redrawn from the view model's bubbles whenever they or the size change (a few hundred nodes).
 */
final class MatrixChart extends Pane {
    static final double GAP_SPLIT = 3; // the same split as the report's quadrants
    private static final double LEFT = 150;
    private static final double TOP = 12;
    private static final double RIGHT = 16;
    private static final double BOTTOM = 44;

    private final MatrixViewModel viewModel;
    private final Consumer<String> open;
    private final BiConsumer<PriorityMatrix.Bubble, Tier> dropped;
    private final Map<String, Circle> circles = new java.util.HashMap<>();

    /**
     * @param open    opens the component with this id
     * @param dropped a bubble was dragged into another tier's band
     */
    MatrixChart(MatrixViewModel viewModel, Consumer<String> open, BiConsumer<PriorityMatrix.Bubble, Tier> dropped) {
        this.viewModel = viewModel;
        this.open = open;
        this.dropped = dropped;
        getStyleClass().add("matrix-chart");
        setMinSize(420, 300);
        widthProperty().addListener(o -> redraw());
        heightProperty().addListener(o -> redraw());
        viewModel.bubbles().addListener((javafx.collections.ListChangeListener<PriorityMatrix.Bubble>) c -> redraw());
    }

    /** The bubble of a component, for tests and keyboard focus; null when it is not shown. */
    Circle bubbleOf(String componentId) {
        return circles.get(componentId);
    }

    private double plotWidth() {
        return Math.max(10, getWidth() - LEFT - RIGHT);
    }

    private double band() {
        return Math.max(10, (getHeight() - TOP - BOTTOM) / Tier.values().length);
    }

    private double x(double gap) {
        return LEFT + plotWidth() * Math.min(10, Math.max(0, gap)) / 10;
    }

    /** The tier whose band holds this y, clamped to P1 above and P4 below. */
    Tier tierAt(double y) {
        int index = (int) Math.floor((y - TOP) / band());
        return Tier.values()[Math.max(0, Math.min(Tier.values().length - 1, index))];
    }

    private void redraw() {
        getChildren().clear();
        circles.clear();
        if (getWidth() <= 0 || getHeight() <= 0) {
            return;
        }
        double band = band();
        double split = x(GAP_SPLIT);
        double right = LEFT + plotWidth();
        quadrant(split, TOP, right - split, band * 2, "quadrant-fix-first", "Critical, far from ready: fix first", true);
        quadrant(LEFT, TOP, split - LEFT, band * 2, "quadrant-finish", "Critical, nearly ready: finish", false);
        quadrant(split, TOP + band * 2, right - split, band * 2, "quadrant-schedule", "Less critical, far: schedule", true);
        quadrant(LEFT, TOP + band * 2, split - LEFT, band * 2, "quadrant-maintain", "Less critical, nearly ready: maintain",
                false);
        for (Tier tier : Tier.values()) {
            double y = TOP + band * tier.ordinal();
            Label name = new Label(tier.name() + "\n" + tier.title());
            name.getStyleClass().add("matrix-tier");
            name.setWrapText(true);
            name.setPrefWidth(LEFT - 16);
            name.relocate(10, y + band / 2 - 18);
            Line rule = new Line(LEFT, y, right, y);
            rule.getStyleClass().add("matrix-grid");
            getChildren().addAll(rule, name);
        }
        for (int gap = 0; gap <= 10; gap++) {
            Line tick = new Line(x(gap), TOP, x(gap), TOP + band * 4);
            tick.getStyleClass().add("matrix-grid");
            Label label = new Label(Integer.toString(gap));
            label.getStyleClass().add("matrix-axis");
            label.relocate(x(gap) - 4, TOP + band * 4 + 4);
            getChildren().addAll(tick, label);
        }
        Label axis = new Label("readiness gap: 10 minus the readiness score");
        axis.getStyleClass().add("matrix-axis-title");
        axis.relocate(LEFT + plotWidth() / 2 - 120, TOP + band * 4 + 22);
        getChildren().add(axis);
        bubbles(band);
    }

    private void quadrant(double x, double y, double w, double h, String style, String title, boolean alignRight) {
        Rectangle area = new Rectangle(x, y, Math.max(0, w), Math.max(0, h));
        area.getStyleClass().addAll("matrix-quadrant", style);
        Label label = new Label(title);
        label.getStyleClass().add("matrix-quadrant-title");
        label.setTextOverrun(javafx.scene.control.OverrunStyle.ELLIPSIS);
        label.setMaxWidth(Math.max(0, w - 12));
        label.setAlignment(alignRight ? javafx.geometry.Pos.TOP_RIGHT : javafx.geometry.Pos.TOP_LEFT);
        label.setPrefWidth(Math.max(0, w - 12));
        label.relocate(x + 6, y + 4);
        getChildren().addAll(area, label);
    }

    private void bubbles(double band) {
        List<PriorityMatrix.Bubble> all = viewModel.bubbles();
        double maxEffort = all.stream().mapToDouble(PriorityMatrix.Bubble::effortHours).max().orElse(0);
        Map<Tier, List<PriorityMatrix.Bubble>> byTier = new EnumMap<>(Tier.class);
        all.forEach(b -> byTier.computeIfAbsent(b.tier(), t -> new ArrayList<>()).add(b));
        for (Map.Entry<Tier, List<PriorityMatrix.Bubble>> e : byTier.entrySet()) {
            List<PriorityMatrix.Bubble> row = new ArrayList<>(e.getValue());
            row.sort(Comparator.comparingDouble(PriorityMatrix.Bubble::effortHours).reversed()); // small ones on top
            double bandTop = TOP + band * e.getKey().ordinal();
            for (int k = 0; k < row.size(); k++) {
                PriorityMatrix.Bubble b = row.get(k);
                double largest = Math.min(26, band * 0.32);
                double r = maxEffort == 0 ? 7 : 5 + largest * Math.sqrt(b.effortHours() / maxEffort);
                double spread = bandTop + band * (row.size() == 1 ? 0.5 : 0.22 + 0.56 * k / (row.size() - 1));
                double y = Math.min(bandTop + band - r - 2, Math.max(bandTop + r + 2, spread));
                getChildren().add(bubble(b, x(b.gap()), y, r));
            }
        }
    }

    private Group bubble(PriorityMatrix.Bubble b, double x, double y, double r) {
        Circle circle = new Circle(x, y, r);
        circle.getStyleClass().addAll("matrix-bubble", "risk-" + b.risk().name().toLowerCase(Locale.ROOT));
        circle.setId("bubble-" + b.componentId());
        Label label = new Label(b.name());
        label.getStyleClass().add("matrix-bubble-label");
        label.setMouseTransparent(true);
        label.relocate(x + r + 4, y - 9);
        Tooltip tip = new Tooltip(MatrixViewModel.describe(b));
        tip.setShowDelay(Duration.millis(150));
        Tooltip.install(circle, tip);
        circles.put(b.componentId(), circle);
        Group group = new Group(circle, label);
        double[] pressedAt = new double[2];
        boolean[] dragging = {false};
        circle.setOnMousePressed(e -> {
            pressedAt[0] = e.getSceneY();
            dragging[0] = false;
            e.consume();
        });
        circle.setOnMouseDragged(e -> {
            double dy = e.getSceneY() - pressedAt[0];
            dragging[0] |= Math.abs(dy) > 4;
            if (dragging[0]) {
                group.setTranslateY(dy);
                group.toFront();
            }
            e.consume();
        });
        circle.setOnMouseReleased(e -> {
            if (!dragging[0]) {
                open.accept(b.componentId());
            } else {
                Tier target = tierAt(y + group.getTranslateY());
                group.setTranslateY(0);
                if (target != b.tier()) {
                    dropped.accept(b, target);
                }
            }
            e.consume();
        });
        circle.setCursor(javafx.scene.Cursor.HAND);
        return group;
    }
}
