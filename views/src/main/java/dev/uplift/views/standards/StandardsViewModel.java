package dev.uplift.views.standards;

import dev.uplift.model.Exemption;
import dev.uplift.model.ProductionStandards;
import dev.uplift.model.Thresholds;
import dev.uplift.model.service.StandardsService;
import dev.uplift.views.common.TaskExecutor;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The standard being edited: its name, the five thresholds and its exemptions. Saving stores it under
 * the name and makes it the active standard; the caller then re-assesses so scores follow it.
 */
public final class StandardsViewModel {
    private final StandardsService standards;
    private final TaskExecutor tasks;
    private final Consumer<ProductionStandards> onSaved;
    private final Consumer<Throwable> onError;
    private final ObservableList<String> names = FXCollections.observableArrayList();
    private final StringProperty active = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final DoubleProperty codeQuality = new SimpleDoubleProperty();
    private final DoubleProperty security = new SimpleDoubleProperty();
    private final DoubleProperty performance = new SimpleDoubleProperty();
    private final DoubleProperty testCoverage = new SimpleDoubleProperty();
    private final DoubleProperty documentation = new SimpleDoubleProperty();
    private final ObservableList<Exemption> exemptions = FXCollections.observableArrayList();
    private final ObjectProperty<ProductionStandards> loaded = new SimpleObjectProperty<>();

    /**
     * @param onSaved told of the standard just stored and made active
     * @param onError told of a standard that could not be read or stored
     */
    public StandardsViewModel(StandardsService standards, TaskExecutor tasks, Consumer<ProductionStandards> onSaved,
                              Consumer<Throwable> onError) {
        this.standards = standards;
        this.tasks = tasks;
        this.onSaved = onSaved;
        this.onError = onError;
    }

    /** Reads the standards' names and shows the active one. */
    public void load() {
        tasks.execute((p, c) -> Map.entry(standards.names(), standards.active()),
                TaskExecutor.Callbacks.<Map.Entry<List<String>, ProductionStandards>>of(result -> {
                    names.setAll(result.getKey());
                    active.set(result.getValue().name());
                    show(result.getValue());
                }, onError));
    }

    /** Shows another stored standard for editing. */
    public void open(String standardName) {
        if (standardName == null) {
            return;
        }
        tasks.execute((p, c) -> standards.named(standardName).orElseThrow(() -> new IllegalStateException(
                "no standard named '" + standardName + "'")), TaskExecutor.Callbacks.of(this::show, onError));
    }

    void show(ProductionStandards s) {
        loaded.set(s);
        name.set(s.name());
        Thresholds t = s.thresholds();
        codeQuality.set(t.codeQuality());
        security.set(t.security());
        performance.set(t.performance());
        testCoverage.set(t.testCoverage());
        documentation.set(t.documentation());
        exemptions.setAll(s.exemptions());
    }

    /** The standard as edited: the loaded one's tier overrides, controls and severities, with these thresholds and exemptions. */
    public ProductionStandards edited() {
        ProductionStandards base = loaded.get() == null ? ProductionStandards.defaults() : loaded.get();
        String trimmed = name.get() == null ? "" : name.get().strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("a standard needs a name");
        }
        return new ProductionStandards(trimmed, new Thresholds(codeQuality.get(), security.get(), performance.get(),
                testCoverage.get(), documentation.get()), base.tierOverrides(), base.requiredControls(),
                base.ruleSeverities(), List.copyOf(exemptions));
    }

    /** Stores the edited standard under its name, makes it active, and tells {@code onSaved}. */
    public void save() {
        ProductionStandards standard;
        try {
            standard = edited();
        } catch (IllegalArgumentException e) {
            onError.accept(e);
            return;
        }
        tasks.execute((p, c) -> {
            standards.saveAndActivate(standard);
            return standards.names();
        }, TaskExecutor.Callbacks.<List<String>>of(all -> {
            names.setAll(all);
            active.set(standard.name());
            loaded.set(standard);
            onSaved.accept(standard);
        }, onError));
    }

    public ObservableList<String> names() {
        return names;
    }

    public StringProperty activeProperty() {
        return active;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public DoubleProperty codeQualityProperty() {
        return codeQuality;
    }

    public DoubleProperty securityProperty() {
        return security;
    }

    public DoubleProperty performanceProperty() {
        return performance;
    }

    public DoubleProperty testCoverageProperty() {
        return testCoverage;
    }

    public DoubleProperty documentationProperty() {
        return documentation;
    }

    public ObservableList<Exemption> exemptions() {
        return exemptions;
    }
}
