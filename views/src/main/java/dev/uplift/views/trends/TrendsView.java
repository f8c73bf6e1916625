package dev.uplift.views.trends;

import dev.uplift.model.Category;
import dev.uplift.model.TrendPoint;
import dev.uplift.model.plan.BurnDownPoint;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.labels.StandardXYToolTipGenerator;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.time.FixedMillisecond;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.DecimalFormat;
import java.text.SimpleDateFormat;
import java.util.List;
import java.util.Locale;

/**
 * Trends across assessments, as JFreeChart-FX charts with a tooltip on every point: readiness and the
 * category scores, open findings by category, and the plan's burn-down of open hours.
 */
public final class TrendsView extends VBox {
    private static final List<Category> CATEGORIES = List.of(Category.CODE_QUALITY, Category.SECURITY,
            Category.PERFORMANCE, Category.TESTING, Category.DOCUMENTATION, Category.ERROR_HANDLING,
            Category.OBSERVABILITY, Category.OPERATIONS);
    private static final Color[] PALETTE = {new Color(0x25, 0x63, 0xeb), new Color(0xdc, 0x26, 0x26),
            new Color(0x16, 0xa3, 0x4a), new Color(0xd9, 0x77, 0x06), new Color(0x7c, 0x3a, 0xed),
            new Color(0x0e, 0x74, 0x90), new Color(0xdb, 0x27, 0x77), new Color(0x4b, 0x55, 0x63)};
    private static final Font TICKS = new Font("SansSerif", Font.PLAIN, 11);

    private final TrendsViewModel viewModel;
    private final Label summary = new Label();
    private final ChartViewer scores = new ChartViewer(null);
    private final ChartViewer findings = new ChartViewer(null);
    private final ChartViewer burnDown = new ChartViewer(null);

    public TrendsView(TrendsViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("trends-view");
        setPadding(new Insets(16));
        setSpacing(8);
        Label title = new Label("Trends");
        title.getStyleClass().add("page-title");
        summary.getStyleClass().add("muted");
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(12);
        grid.add(card("Readiness and scores (coverage as % / 10)", scores), 0, 0);
        grid.add(card("Open findings by category", findings), 1, 0);
        grid.add(card("Plan burn-down: open hours and steps per plan version", burnDown), 0, 1, 2, 1);
        for (int c = 0; c < 2; c++) {
            javafx.scene.layout.ColumnConstraints column = new javafx.scene.layout.ColumnConstraints();
            column.setPercentWidth(50);
            grid.getColumnConstraints().add(column);
        }
        for (int r = 0; r < 2; r++) {
            javafx.scene.layout.RowConstraints row = new javafx.scene.layout.RowConstraints();
            row.setPercentHeight(50);
            grid.getRowConstraints().add(row);
        }
        VBox.setVgrow(grid, Priority.ALWAYS);
        getChildren().addAll(title, summary, grid);
        viewModel.points().addListener((ListChangeListener<TrendPoint>) c -> redraw());
        viewModel.burnDown().addListener((ListChangeListener<BurnDownPoint>) c -> redraw());
        redraw();
    }

    private static VBox card(String heading, ChartViewer chart) {
        Label label = new Label(heading);
        label.getStyleClass().add("section-title");
        VBox box = new VBox(6, label, chart);
        box.getStyleClass().add("card");
        VBox.setVgrow(chart, Priority.ALWAYS);
        chart.setMinSize(200, 150);
        return box;
    }

    private void redraw() {
        summary.setText(viewModel.summary());
        TimeSeriesCollection scoreData = new TimeSeriesCollection();
        TimeSeries readiness = new TimeSeries("Readiness");
        viewModel.points().forEach(p -> readiness.addOrUpdate(new FixedMillisecond(p.assessedAt().toEpochMilli()),
                p.readiness()));
        scoreData.addSeries(readiness);
        TimeSeriesCollection findingData = new TimeSeriesCollection();
        for (Category c : CATEGORIES) {
            TimeSeries score = new TimeSeries(c.title());
            TimeSeries open = new TimeSeries(c.title());
            for (TrendPoint p : viewModel.points()) {
                FixedMillisecond at = new FixedMillisecond(p.assessedAt().toEpochMilli());
                double value = p.scores().getOrDefault(c, 0.0);
                score.addOrUpdate(at, c == Category.TESTING ? value / 10 : value);
                open.addOrUpdate(at, p.openFindings().getOrDefault(c, 0));
            }
            scoreData.addSeries(score);
            findingData.addSeries(open);
        }
        scores.setChart(chart(scoreData, "score of 10", true));
        findings.setChart(chart(findingData, "open findings", false));
        TimeSeriesCollection burn = new TimeSeriesCollection();
        TimeSeries hours = new TimeSeries("Open hours");
        TimeSeries steps = new TimeSeries("Open steps");
        for (BurnDownPoint b : viewModel.burnDown()) {
            FixedMillisecond at = new FixedMillisecond(b.createdAt().toEpochMilli());
            hours.addOrUpdate(at, b.openHours());
            steps.addOrUpdate(at, b.openSteps());
        }
        burn.addSeries(hours);
        burn.addSeries(steps);
        burnDown.setChart(chart(burn, "hours / steps", false));
    }

    private static JFreeChart chart(TimeSeriesCollection data, String rangeLabel, boolean tenPointScale) {
        DateAxis time = new DateAxis();
        time.setTickLabelFont(TICKS);
        if (data.getSeriesCount() > 0 && data.getItemCount(0) == 1) {
            // one point: a day either side, so the axis reads as dates rather than milliseconds
            long at = data.getX(0, 0).longValue();
            time.setRange(new java.util.Date(at - 86_400_000L), new java.util.Date(at + 86_400_000L));
        }
        NumberAxis range = new NumberAxis(rangeLabel);
        range.setTickLabelFont(TICKS);
        range.setLabelFont(TICKS);
        if (tenPointScale) {
            range.setRange(0, 10.2);
        } else {
            range.setAutoRangeIncludesZero(true);
        }
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, true);
        lines.setDefaultToolTipGenerator(new StandardXYToolTipGenerator("{0}: {2} on {1}",
                new SimpleDateFormat("d MMM yyyy HH:mm", Locale.ENGLISH), new DecimalFormat("0.0")));
        for (int i = 0; i < data.getSeriesCount(); i++) {
            lines.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
            lines.setSeriesStroke(i, new BasicStroke(i == 0 && tenPointScale ? 3f : 1.5f));
        }
        XYPlot plot = new XYPlot(data, time, range, lines);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xe5, 0xe7, 0xeb));
        plot.setDomainGridlinePaint(new Color(0xe5, 0xe7, 0xeb));
        plot.setOutlineVisible(false);
        JFreeChart chart = new JFreeChart(null, TICKS, plot, true);
        LegendTitle legend = chart.getLegend();
        legend.setItemFont(TICKS);
        legend.setPosition(RectangleEdge.RIGHT);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }
}
