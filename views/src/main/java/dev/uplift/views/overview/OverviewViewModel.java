package dev.uplift.views.overview;

import dev.uplift.model.Assessment;
import dev.uplift.model.AssessmentWarning;
import dev.uplift.model.Category;
import dev.uplift.model.ComponentAssessment;
import dev.uplift.model.Finding;
import dev.uplift.model.ProductionStandards;
import dev.uplift.model.Severity;
import dev.uplift.model.Tier;
import dev.uplift.model.gate.Gate;
import dev.uplift.model.gate.Shortfall;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Figures for the overview, derived from the shown assessment. */
public final class OverviewViewModel {
    static final List<Category> SHOWN = List.of(Category.CODE_QUALITY, Category.SECURITY, Category.PERFORMANCE,
            Category.TESTING, Category.DOCUMENTATION, Category.ERROR_HANDLING, Category.OBSERVABILITY,
            Category.OPERATIONS);

    private final ObjectProperty<Assessment> assessment = new SimpleObjectProperty<>();
    private final ObservableList<CategoryKpi> kpis = FXCollections.observableArrayList();
    private final ObservableList<AssessmentWarning> warnings = FXCollections.observableArrayList();
    private final Map<Severity, Long> severityCounts = new EnumMap<>(Severity.class);
    private final Map<Tier, Long> tierCounts = new EnumMap<>(Tier.class);
    /** Read at each use: the standards editor can change the active standard while the view lives. */
    private final Supplier<ProductionStandards> standard;
    private int linesOfCode;
    private double stubRatio;
    private StubSplit stubSplit = new StubSplit(0, 0, 0);
    private List<Shortfall> shortfalls = List.of();

    public OverviewViewModel(ProductionStandards standard) {
        this(() -> standard);
    }

    public OverviewViewModel(Supplier<ProductionStandards> standard) {
        this.standard = standard;
    }

    public void show(Assessment a) {
        severityCounts.clear();
        tierCounts.clear();
        long[] bySeverity = new long[Severity.values().length];
        linesOfCode = 0;
        int functions = 0;
        int stubs = 0;
        int notImplemented = 0;
        int simulated = 0;
        if (a != null) {
            for (ComponentAssessment c : a.components()) {
                linesOfCode += c.metrics().linesOfCode();
                functions += c.metrics().functions();
                stubs += c.metrics().stubFunctions();
                notImplemented += c.metrics().notImplementedFunctions();
                simulated += c.metrics().simulatedFunctions();
                tierCounts.merge(c.component().tier(), 1L, Long::sum);
                for (Finding f : c.findings()) { // tens of thousands: count by ordinal, not through a map
                    bySeverity[f.severity().ordinal()]++;
                }
            }
            for (Severity severity : Severity.values()) {
                if (bySeverity[severity.ordinal()] > 0) {
                    severityCounts.put(severity, bySeverity[severity.ordinal()]);
                }
            }
            List<CategoryKpi> list = new ArrayList<>();
            for (Category category : SHOWN) {
                list.add(new CategoryKpi(category, a.weightedMean(c -> c.scores().of(category)),
                        standard.get().target(category)));
            }
            kpis.setAll(list);
            warnings.setAll(a.warnings());
            shortfalls = Gate.evaluate(a, standard.get());
        } else {
            kpis.clear();
            warnings.clear();
            shortfalls = List.of();
        }
        stubRatio = functions == 0 ? 0 : (double) stubs / functions;
        stubSplit = new StubSplit(Math.max(0, stubs - notImplemented - simulated), notImplemented, simulated);
        assessment.set(a); // last: listeners see the derived figures already updated
    }

    public ObjectProperty<Assessment> assessmentProperty() {
        return assessment;
    }

    public ObservableList<CategoryKpi> kpis() {
        return kpis;
    }

    public ObservableList<AssessmentWarning> warnings() {
        return warnings;
    }

    public long count(Severity severity) {
        return severityCounts.getOrDefault(severity, 0L);
    }

    public long count(Tier tier) {
        return tierCounts.getOrDefault(tier, 0L);
    }

    public int linesOfCode() {
        return linesOfCode;
    }

    public double stubRatio() {
        return stubRatio;
    }

    /** The stub functions by kind: an empty body, an explicit 'not implemented', or a simulation of the work. */
    public record StubSplit(int empty, int notImplemented, int simulated) {
    }

    public StubSplit stubSplit() {
        return stubSplit;
    }

    /** Where the shown assessment falls short of the standard; empty when it meets it. */
    public List<Shortfall> shortfalls() {
        return shortfalls;
    }

    public ProductionStandards standard() {
        return standard.get();
    }
}
