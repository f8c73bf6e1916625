package dev.uplift.views.timeline;

import dev.uplift.model.plan.UpgradeStep;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.util.Duration;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Gantt chart, drawn on one canvas the size of the view: only the rows and days in sight are
 * drawn, so a plan of thousands of steps scrolls as fast as one of ten. Step names stay in a fixed
 * column on the left; the capacity load of each skill is drawn along the bottom on the same days.
 */
final class GanttPane extends Region {
    static final double LABELS = 340;
    static final double HEADER = 34;
    static final double ROW = 22;
    private static final double LOAD_ROW = 20;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
    private static final Font TEXT = Font.font("DejaVu Sans", 12);
    private static final Font SMALL = Font.font("DejaVu Sans", 10.5);
    private static final Font BOLD = Font.font("DejaVu Sans", FontWeight.BOLD, 12);

    private final TimelineViewModel viewModel;
    private final Canvas canvas = new Canvas();
    private final ScrollBar vertical = new ScrollBar();
    private final ScrollBar horizontal = new ScrollBar();
    private final Tooltip tooltip = new Tooltip();
    private Map<String, Integer> rowOf = Map.of();
    private UpgradeStep dragged;
    private double pressedX;
    private double dragDx;

    GanttPane(TimelineViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("gantt");
        vertical.setOrientation(Orientation.VERTICAL);
        getChildren().addAll(canvas, vertical, horizontal);
        vertical.valueProperty().addListener(o -> draw());
        horizontal.valueProperty().addListener(o -> draw());
        viewModel.zoomProperty().addListener(o -> {
            requestLayout();
            draw();
        });
        tooltip.setShowDelay(Duration.millis(250));
        Tooltip.install(canvas, tooltip);
        canvas.setOnMouseMoved(this::hover);
        canvas.setOnMousePressed(this::press);
        canvas.setOnMouseDragged(this::drag);
        canvas.setOnMouseReleased(this::release);
        canvas.setOnScroll(this::scroll);
        setMinSize(400, 200);
    }

    /** The plan changed: rows, scroll ranges and the picture follow. */
    void refresh() {
        Map<String, Integer> index = new HashMap<>();
        List<TimelineViewModel.Row> rows = viewModel.rows();
        for (int i = 0; i < rows.size(); i++) {
            if (!rows.get(i).isPhase()) {
                index.put(rows.get(i).step().id(), i);
            }
        }
        rowOf = index;
        requestLayout();
        draw();
    }

    private double ppd() {
        return viewModel.zoomProperty().get().pixelsPerDay();
    }

    private double loadHeight() {
        return viewModel.plan() == null ? 0 : 22 + LOAD_ROW * viewModel.skills().size();
    }

    private double chartWidth() {
        return Math.max(0, canvas.getWidth() - LABELS);
    }

    private double rowsHeight() {
        return Math.max(0, canvas.getHeight() - HEADER - loadHeight());
    }

    @Override
    protected void layoutChildren() {
        double bar = 14;
        canvas.setWidth(Math.max(0, getWidth() - bar));
        canvas.setHeight(Math.max(0, getHeight() - bar));
        vertical.resizeRelocate(getWidth() - bar, 0, bar, getHeight() - bar);
        horizontal.resizeRelocate(LABELS, getHeight() - bar, Math.max(0, getWidth() - bar - LABELS), bar);
        double contentWidth = viewModel.days() * ppd() + 40;
        horizontal.setMax(Math.max(0, contentWidth - chartWidth()));
        horizontal.setVisibleAmount(chartWidth());
        horizontal.setValue(Math.min(horizontal.getValue(), horizontal.getMax()));
        double contentHeight = viewModel.rows().size() * ROW;
        vertical.setMax(Math.max(0, contentHeight - rowsHeight()));
        vertical.setVisibleAmount(rowsHeight());
        vertical.setValue(Math.min(vertical.getValue(), vertical.getMax()));
        vertical.setUnitIncrement(ROW);
        horizontal.setUnitIncrement(ppd() * 5);
        draw();
    }

    private boolean dark() {
        return getScene() != null && getScene().getStylesheets().stream().anyMatch(s -> s.contains("uplift-dark"));
    }

    /** Draws what is in sight. Cheap: a screenful of rows and days. */
    void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        boolean dark = dark();
        Color background = dark ? Color.web("#1f2937") : Color.WHITE;
        Color ink = dark ? Color.web("#f3f4f6") : Color.web("#111827");
        Color muted = dark ? Color.web("#9ca3af") : Color.web("#6b7280");
        Color grid = dark ? Color.web("#374151") : Color.web("#e5e7eb");
        Color band = dark ? Color.web("#243041") : Color.web("#eef2f7");
        g.setFill(background);
        g.fillRect(0, 0, w, h);
        if (viewModel.plan() == null) {
            g.setFill(muted);
            g.setFont(TEXT);
            g.fillText("No plan yet: make one in the Plan view (Re-plan), or run 'uplift plan DIR'.", 16, 30);
            return;
        }
        double ppd = ppd();
        double x0 = LABELS - horizontal.getValue();
        int firstDay = (int) Math.max(0, Math.floor(horizontal.getValue() / ppd));
        int lastDay = (int) Math.min(viewModel.days() + 40 / ppd, Math.ceil((horizontal.getValue() + chartWidth()) / ppd));
        double rowsBottom = HEADER + rowsHeight();
        // calendar: a line per week (or per month when zoomed out), labels where they fit
        int gridEvery = ppd * 5 >= 8 ? 5 : 20;
        DateTimeFormatter format = ppd < 5 ? MONTH : DAY;
        int labelEvery = gridEvery;
        while (labelEvery * ppd < 70) {
            labelEvery += gridEvery;
        }
        g.setFont(SMALL);
        g.setTextBaseline(VPos.BASELINE);
        for (int d = firstDay - firstDay % gridEvery; d <= lastDay; d += gridEvery) {
            double x = x0 + d * ppd;
            if (x < LABELS) {
                continue;
            }
            g.setStroke(grid);
            g.setLineWidth(1);
            g.strokeLine(x, HEADER - 6, x, h);
            if (d % labelEvery == 0) {
                g.setFill(muted);
                g.fillText(format.format(viewModel.dateOf(d)), x + 3, HEADER - 12);
            }
        }
        List<TimelineViewModel.Row> rows = viewModel.rows();
        int first = (int) Math.floor(vertical.getValue() / ROW);
        int last = Math.min(rows.size() - 1, (int) Math.ceil((vertical.getValue() + rowsHeight()) / ROW));
        g.save();
        g.beginPath();
        g.rect(0, HEADER, w, rowsHeight());
        g.clip();
        for (int i = Math.max(0, first); i <= last; i++) {
            double y = HEADER + i * ROW - vertical.getValue();
            TimelineViewModel.Row row = rows.get(i);
            if (row.isPhase()) {
                g.setFill(band);
                g.fillRect(0, y, w, ROW);
                g.setFill(ink);
                g.setFont(BOLD);
                g.fillText(row.phase().name(), 8, y + ROW - 6);
                g.setStroke(muted);
                g.setLineWidth(2);
                double a = Math.max(LABELS, x0 + row.phase().startDay() * ppd);
                double b = x0 + row.phase().endDay() * ppd;
                if (b > LABELS) {
                    g.strokeLine(a, y + 5, b, y + 5);
                }
            } else {
                drawStep(g, row.step(), y, x0, ppd, ink);
            }
        }
        drawArrows(g, first, last, x0, ppd, muted);
        g.restore();
        // the label column over everything scrolled under it
        g.setStroke(grid);
        g.setLineWidth(1);
        g.strokeLine(LABELS - 0.5, 0, LABELS - 0.5, h);
        g.strokeLine(0, HEADER - 0.5, w, HEADER - 0.5);
        g.setFill(ink);
        g.setFont(BOLD);
        g.fillText("Step", 8, HEADER - 12);
        drawLoad(g, rowsBottom, x0, ppd, firstDay, lastDay, ink, muted, grid);
    }

    private void drawStep(GraphicsContext g, UpgradeStep s, double y, double x0, double ppd, Color ink) {
        g.setFill(ink);
        g.setFont(TEXT);
        g.save();
        g.beginPath();
        g.rect(0, y, LABELS - 8, ROW);
        g.clip();
        g.fillText(s.title(), 20, y + ROW - 6);
        g.restore();
        double dx = s == dragged ? dragDx : 0;
        double a = x0 + s.startDay() * ppd + dx;
        double b = x0 + Math.max(s.endDay(), s.startDay() + 1) * ppd + dx;
        if (b < LABELS) {
            return;
        }
        g.save();
        g.beginPath();
        g.rect(LABELS, y, canvas.getWidth() - LABELS, ROW);
        g.clip();
        g.setFill(viewModel.isCritical(s) ? Color.web("#dc2626") : Color.web("#2563eb"));
        g.setGlobalAlpha(s == dragged ? 0.6 : 1);
        g.fillRoundRect(a, y + 4, Math.max(3, b - a - 1), ROW - 8, 4, 4);
        g.restore();
    }

    private void drawArrows(GraphicsContext g, int first, int last, double x0, double ppd, Color muted) {
        List<TimelineViewModel.Row> rows = viewModel.rows();
        g.setLineWidth(1);
        for (int i = Math.max(0, first); i <= last; i++) {
            UpgradeStep s = rows.get(i).step();
            if (s == null) {
                continue;
            }
            for (String id : s.prerequisites()) {
                Integer from = rowOf.get(id);
                UpgradeStep before = viewModel.step(id);
                if (from == null || before == null || from < first || from > last) {
                    continue;
                }
                double y1 = HEADER + from * ROW - vertical.getValue() + ROW / 2;
                double y2 = HEADER + i * ROW - vertical.getValue() + ROW / 2;
                double xa = x0 + before.endDay() * ppd;
                double xb = x0 + s.startDay() * ppd;
                boolean critical = viewModel.isCritical(s) && viewModel.isCritical(before);
                // a prerequisite that sets the step's start is drawn firmly, one with slack faintly
                boolean binding = s.startDay() <= before.endDay();
                g.setStroke(critical ? Color.web("#dc2626") : binding ? muted : muted.deriveColor(0, 1, 1, 0.3));
                double elbow = Math.max(xa + 3, Math.min(xb - 3, xa + 6));
                if (elbow < LABELS) {
                    continue;
                }
                g.strokePolyline(new double[] {xa, elbow, elbow, xb - 1}, new double[] {y1, y1, y2, y2}, 4);
                g.setFill(critical ? Color.web("#dc2626") : muted);
                g.fillPolygon(new double[] {xb, xb - 5, xb - 5}, new double[] {y2, y2 - 3, y2 + 3}, 3);
            }
        }
    }

    /** Per skill, how many people the open steps need each day against how many the team has. */
    private void drawLoad(GraphicsContext g, double top, double x0, double ppd, int firstDay, int lastDay, Color ink,
                          Color muted, Color grid) {
        g.setStroke(grid);
        g.strokeLine(0, top + 0.5, canvas.getWidth(), top + 0.5);
        g.setFill(ink);
        g.setFont(BOLD);
        g.fillText("Capacity load", 8, top + 16);
        g.setFont(SMALL);
        g.setFill(muted);
        g.fillText("people the open steps need each day, against the team's (in brackets); red: more than it has",
                LABELS + 8, top + 16);
        int r = 0;
        for (String skill : viewModel.skills()) {
            double y = top + 22 + r++ * LOAD_ROW;
            int capacity = viewModel.capacity(skill);
            g.setFill(ink);
            g.setFont(TEXT);
            g.fillText(skill + " (" + capacity + ")", 20, y + LOAD_ROW - 5);
            for (int d = Math.max(0, firstDay); d < Math.min(viewModel.days(), lastDay + 1); d++) {
                int need = viewModel.demand(skill, d);
                if (need == 0) {
                    continue;
                }
                double x = x0 + d * ppd;
                if (x + ppd < LABELS) {
                    continue;
                }
                double share = capacity == 0 ? 1 : Math.min(1, (double) need / capacity);
                g.setFill(need > capacity ? Color.web("#dc2626") : Color.web("#16a34a", 0.35 + 0.5 * share));
                double barHeight = (LOAD_ROW - 4) * share;
                g.fillRect(Math.max(LABELS, x), y + LOAD_ROW - 2 - barHeight, Math.max(1, ppd - (ppd > 4 ? 1 : 0)),
                        barHeight);
            }
        }
    }

    /** The step whose bar is under the point, or null. */
    private UpgradeStep stepAt(double x, double y) {
        if (y < HEADER || y > HEADER + rowsHeight() || x < LABELS) {
            return null;
        }
        int i = (int) Math.floor((y - HEADER + vertical.getValue()) / ROW);
        if (i < 0 || i >= viewModel.rows().size() || viewModel.rows().get(i).isPhase()) {
            return null;
        }
        UpgradeStep s = viewModel.rows().get(i).step();
        double x0 = LABELS - horizontal.getValue();
        double a = x0 + s.startDay() * ppd();
        double b = x0 + Math.max(s.endDay(), s.startDay() + 1) * ppd();
        return x >= a - 2 && x <= b + 2 ? s : null;
    }

    private void hover(MouseEvent e) {
        UpgradeStep s = stepAt(e.getX(), e.getY());
        tooltip.setText(s == null ? null : viewModel.describe(s));
        canvas.setCursor(s == null ? javafx.scene.Cursor.DEFAULT : javafx.scene.Cursor.H_RESIZE);
        if (s == null) {
            tooltip.hide();
        }
    }

    private void press(MouseEvent e) {
        dragged = stepAt(e.getX(), e.getY());
        pressedX = e.getX();
        dragDx = 0;
    }

    private void drag(MouseEvent e) {
        if (dragged != null) {
            dragDx = e.getX() - pressedX;
            draw();
        }
    }

    private void release(MouseEvent e) {
        if (dragged != null) {
            UpgradeStep step = dragged;
            int days = (int) Math.round(dragDx / ppd());
            dragged = null;
            dragDx = 0;
            draw();
            if (days != 0) {
                viewModel.pin(step, step.startDay() + days);
            }
        }
    }

    private void scroll(ScrollEvent e) {
        if (e.isShortcutDown()) {
            TimelineViewModel.Zoom[] zooms = TimelineViewModel.Zoom.values();
            int z = viewModel.zoomProperty().get().ordinal() + (e.getDeltaY() > 0 ? -1 : 1);
            viewModel.zoomProperty().set(zooms[Math.max(0, Math.min(zooms.length - 1, z))]);
        } else if (e.isShiftDown() || Math.abs(e.getDeltaX()) > Math.abs(e.getDeltaY())) {
            double delta = e.isShiftDown() ? e.getDeltaY() : e.getDeltaX();
            horizontal.setValue(Math.max(0, Math.min(horizontal.getMax(), horizontal.getValue() - delta)));
        } else {
            vertical.setValue(Math.max(0, Math.min(vertical.getMax(), vertical.getValue() - e.getDeltaY())));
        }
        e.consume();
    }

    /** Where a step's bar is drawn now, in the canvas's coordinates (for tests). */
    double[] barCentre(String stepId) {
        Integer i = rowOf.get(stepId);
        UpgradeStep s = viewModel.step(stepId);
        if (i == null || s == null) {
            return null;
        }
        double x0 = LABELS - horizontal.getValue();
        double a = x0 + s.startDay() * ppd();
        double b = x0 + Math.max(s.endDay(), s.startDay() + 1) * ppd();
        return new double[] {(a + b) / 2, HEADER + i * ROW - vertical.getValue() + ROW / 2};
    }

    Canvas canvas() {
        return canvas;
    }
}
