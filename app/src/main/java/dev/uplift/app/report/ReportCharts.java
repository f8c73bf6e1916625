package dev.uplift.app.report;

import dev.uplift.model.Assessment;
import dev.uplift.model.Category;
import dev.uplift.model.ComponentAssessment;
import dev.uplift.model.Finding;
import dev.uplift.model.ProductionStandards;
import dev.uplift.model.Severity;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LevelRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The report's charts, built with JFreeChart and drawn as vectors (see {@link VectorDrawing}). */
final class ReportCharts {
    /** The categories scored on every component, in the order the app shows them. */
    static final List<Category> CATEGORIES = List.of(Category.CODE_QUALITY, Category.SECURITY, Category.PERFORMANCE,
            Category.TESTING, Category.DOCUMENTATION, Category.ERROR_HANDLING, Category.OBSERVABILITY,
            Category.OPERATIONS);
    private static final Font TICKS = new Font("SansSerif", Font.PLAIN, 9);

    private ReportCharts() {
    }

    /**
     * Each category's repository score (coverage scaled to 0–10) as a bar, green where it meets the
     * standard and red where it does not, with the standard's target as a dark tick across the bar.
     */
    static JFreeChart scoresAgainstTargets(Assessment a, ProductionStandards standard) {
        DefaultCategoryDataset scores = new DefaultCategoryDataset();
        DefaultCategoryDataset targets = new DefaultCategoryDataset();
        boolean[] meets = new boolean[CATEGORIES.size()];
        for (int i = 0; i < CATEGORIES.size(); i++) {
            Category c = CATEGORIES.get(i);
            double scale = c == Category.TESTING ? 10 : 1;
            double value = a.weightedMean(ca -> ca.scores().of(c));
            Double target = standard.target(c);
            String label = c.title();
            scores.addValue(value / scale, "score", label);
            // every category in both datasets: the plot places a dataset's values by column index
            targets.addValue(target == null ? null : target / scale, "target", label);
            meets[i] = target == null || value >= target;
        }
        CategoryAxis axis = new CategoryAxis();
        axis.setTickLabelFont(TICKS);
        axis.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        NumberAxis range = new NumberAxis("score of 10 (coverage: % / 10)");
        range.setRange(0, 10);
        range.setTickLabelFont(TICKS);
        range.setLabelFont(TICKS);
        BarRenderer bars = new BarRenderer() {
            @Override
            public Paint getItemPaint(int row, int column) {
                return meets[column] ? PdfStyle.GOOD : PdfStyle.BAD;
            }
        };
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setMaximumBarWidth(0.09);
        CategoryPlot plot = new CategoryPlot(scores, axis, range, bars);
        LevelRenderer level = new LevelRenderer();
        level.setSeriesPaint(0, PdfStyle.INK);
        level.setSeriesStroke(0, new BasicStroke(2.5f));
        level.setItemMargin(0.6);
        plot.setDataset(1, targets);
        plot.setRenderer(1, level);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        style(plot);
        JFreeChart chart = new JFreeChart(null, TICKS, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    /** Open findings per category, stacked by severity. */
    static JFreeChart findingsBySeverity(Assessment a) {
        Map<Category, long[]> counts = new EnumMap<>(Category.class);
        for (ComponentAssessment ca : a.components()) {
            for (Finding f : ca.findings()) {
                if (!f.isExempt()) {
                    counts.computeIfAbsent(f.category(), k -> new long[Severity.values().length])[f.severity().ordinal()]++;
                }
            }
        }
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Severity s : Severity.values()) {
            for (Category c : Category.values()) {
                long[] n = counts.get(c);
                if (n != null) {
                    data.addValue(n[s.ordinal()], label(s), c.title());
                }
            }
        }
        CategoryAxis axis = new CategoryAxis();
        axis.setTickLabelFont(TICKS);
        NumberAxis range = new NumberAxis("findings");
        range.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        range.setTickLabelFont(TICKS);
        range.setLabelFont(TICKS);
        StackedBarRenderer bars = new StackedBarRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setMaximumBarWidth(0.12);
        Color[] colours = {new Color(0x8e, 0x1b, 0x1b), PdfStyle.BAD, PdfStyle.WARN, new Color(0x9a, 0xa5, 0xb4),
                new Color(0xc9, 0xd1, 0xdb)};
        for (int i = 0; i < colours.length; i++) {
            bars.setSeriesPaint(i, colours[i]);
        }
        CategoryPlot plot = new CategoryPlot(data, axis, range, bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        style(plot);
        JFreeChart chart = new JFreeChart(null, TICKS, plot, true);
        LegendTitle legend = chart.getLegend();
        legend.setItemFont(TICKS);
        legend.setPosition(RectangleEdge.BOTTOM);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    static String label(Severity s) {
        return s.name().charAt(0) + s.name().substring(1).toLowerCase(java.util.Locale.ROOT);
    }

    private static void style(CategoryPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(PdfStyle.RULE);
        plot.setRangeGridlineStroke(new BasicStroke(0.5f));
    }
}
