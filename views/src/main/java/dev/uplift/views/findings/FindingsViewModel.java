package dev.uplift.views.findings;

import dev.uplift.model.Assessment;
import dev.uplift.model.Category;
import dev.uplift.model.ComponentAssessment;
import dev.uplift.model.Finding;
import dev.uplift.model.Severity;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Every finding of an assessment in one list, filtered by text, category, minimum severity and
 * component, and the source around a finding for the preview. Secrets are never shown: a line that a
 * secret rule reported is replaced by the finding's masked evidence.
 */
public final class FindingsViewModel {
    /** One row: the finding and the component it belongs to (its name, and its id for exemptions). */
    public record Row(String component, String componentId, Finding finding) {
    }

    /** Lines of source around a finding; {@code highlighted} is the finding's own line (1-based). */
    public record Preview(List<String> lines, int firstLine, int highlighted, String note) {
    }

    static final Set<String> SECRET_RULES = Set.of("SEC-SECRET", "SEC-ENV-FILE", "SEC-HARDCODED-CREDENTIAL");
    private static final int CONTEXT = 8;
    private static final long MAX_PREVIEW_BYTES = 2L * 1024 * 1024;

    private final ObservableList<Row> all = FXCollections.observableArrayList();
    private final FilteredList<Row> shown = new FilteredList<>(all, r -> true);
    private final ObservableList<String> components = FXCollections.observableArrayList();
    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<Category> category = new SimpleObjectProperty<>();
    private final ObjectProperty<Severity> minimumSeverity = new SimpleObjectProperty<>();
    private final StringProperty component = new SimpleStringProperty();
    /** Only exempt findings (true), only open ones (false), or both (null). */
    private final ObjectProperty<Boolean> exempt = new SimpleObjectProperty<>();
    private Path repository;

    public FindingsViewModel() {
        text.addListener(obs -> refilter());
        category.addListener(obs -> refilter());
        minimumSeverity.addListener(obs -> refilter());
        component.addListener(obs -> refilter());
        exempt.addListener(obs -> refilter());
    }

    /** Shows the findings of this assessment (or none). */
    public void show(Assessment a) {
        List<Row> rows = new ArrayList<>();
        Set<String> names = new TreeSet<>();
        if (a != null) {
            repository = Path.of(a.repository());
            for (ComponentAssessment c : a.components()) {
                names.add(c.component().name());
                for (Finding f : c.findings()) {
                    rows.add(new Row(c.component().name(), c.component().id(), f));
                }
            }
        }
        all.setAll(rows);
        components.setAll(names);
    }

    private void refilter() {
        String needle = text.get() == null ? "" : text.get().strip().toLowerCase(Locale.ROOT);
        Category c = category.get();
        Severity s = minimumSeverity.get();
        String comp = component.get();
        Boolean onlyExempt = exempt.get();
        shown.setPredicate(r -> (c == null || r.finding().category() == c)
                && (onlyExempt == null || r.finding().isExempt() == onlyExempt)
                && (s == null || r.finding().severity().ordinal() <= s.ordinal()) // BLOCKER first: lower is worse
                && (comp == null || comp.isEmpty() || comp.equals(r.component()))
                && (needle.isEmpty() || matches(r, needle)));
    }

    private static boolean matches(Row r, String needle) {
        Finding f = r.finding();
        return f.ruleId().toLowerCase(Locale.ROOT).contains(needle)
                || f.message().toLowerCase(Locale.ROOT).contains(needle)
                || (f.file() != null && f.file().toLowerCase(Locale.ROOT).contains(needle))
                || r.component().toLowerCase(Locale.ROOT).contains(needle)
                || (f.cwe() != null && ("cwe-" + f.cwe()).contains(needle));
    }

    /**
     * The source around the finding, read from the repository as it is now. Only files inside the
     * repository are read; lines a secret rule reported show the masked evidence instead.
     */
    public Preview preview(Row row) {
        return previewReader(row).get();
    }

    /**
     * What the preview needs from this model, taken now (on the JavaFX thread); the reader it returns
     * only reads the file, and may run on any thread, so the view keeps file I/O off the JavaFX thread.
     */
    public Supplier<Preview> previewReader(Row row) {
        Finding f = row.finding();
        Path root = repository;
        Map<Integer, String> masked = f.file() == null ? Map.of() : secretLines(f.file());
        return () -> read(root, f, masked);
    }

    private static Preview read(Path repository, Finding f, Map<Integer, String> masked) {
        if (repository == null || f.file() == null || f.line() <= 0) {
            return new Preview(List.of(), 0, 0, "This finding is about the whole component, not a line.");
        }
        Path root = repository.toAbsolutePath().normalize();
        Path file = root.resolve(f.file()).normalize();
        if (!file.startsWith(root)) {
            return new Preview(List.of(), 0, 0, "The file lies outside the repository; not shown.");
        }
        try {
            if (!Files.isRegularFile(file)) {
                return new Preview(List.of(), 0, 0, f.file() + " is not in the repository any more.");
            }
            if (Files.size(file) > MAX_PREVIEW_BYTES) {
                return new Preview(List.of(), 0, 0, f.file() + " is larger than 2 MiB; not shown.");
            }
            List<String> lines = decode(Files.readAllBytes(file)).lines().toList();
            int from = Math.max(1, f.line() - CONTEXT);
            int to = Math.min(lines.size(), f.line() + CONTEXT);
            List<String> window = new ArrayList<>();
            for (int n = from; n <= to; n++) {
                window.add(masked.getOrDefault(n, lines.get(n - 1)));
            }
            String note = f.line() > lines.size() ? "The file has changed since the assessment: line " + f.line()
                    + " is past its end." : null;
            return new Preview(window, from, f.line(), note);
        } catch (IOException e) {
            return new Preview(List.of(), 0, 0, f.file() + " could not be read: " + e.getMessage());
        }
    }

    /** Lines of this file that a secret rule reported, with the masked evidence to show instead. */
    private Map<Integer, String> secretLines(String file) {
        Map<Integer, String> masked = new HashMap<>();
        for (Row r : all) {
            Finding f = r.finding();
            if (file.equals(f.file()) && SECRET_RULES.contains(f.ruleId())) {
                masked.put(f.line(), "«secret masked» " + (f.evidence() == null ? "" : f.evidence()));
            }
        }
        return masked;
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }

    public ObservableList<Row> shown() {
        return shown;
    }

    public int total() {
        return all.size();
    }

    public ObservableList<String> components() {
        return components;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObjectProperty<Category> categoryProperty() {
        return category;
    }

    public ObjectProperty<Severity> minimumSeverityProperty() {
        return minimumSeverity;
    }

    /** The status filter: exempt findings only (true), open ones only (false), or all (null). */
    public ObjectProperty<Boolean> exemptProperty() {
        return exempt;
    }

    public StringProperty componentProperty() {
        return component;
    }
}
