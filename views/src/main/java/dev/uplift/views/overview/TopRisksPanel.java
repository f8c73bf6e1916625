package dev.uplift.views.overview;

import dev.uplift.model.Assessment;
import dev.uplift.model.TopRisks;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The overview's first card: the risks to read before any count — blockers, confirmed
 * vulnerabilities, simulated implementations — each with where it is and a link to its component.
 */
final class TopRisksPanel extends VBox {
    static final int SHOWN = 8;

    private final GridPane rows = new GridPane();
    private final Label more = new Label();
    private Consumer<String> onOpenComponent = id -> { };

    TopRisksPanel() {
        super(8);
        setId("top-risks");
        rows.setHgap(14);
        rows.setVgap(6);
        ColumnConstraints badge = new ColumnConstraints();
        badge.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints what = new ColumnConstraints();
        what.setHgrow(Priority.ALWAYS);
        ColumnConstraints where = new ColumnConstraints();
        where.setMaxWidth(320);
        ColumnConstraints component = new ColumnConstraints();
        component.setMinWidth(Region.USE_PREF_SIZE);
        rows.getColumnConstraints().addAll(badge, what, where, component);
        more.getStyleClass().add("muted");
        getChildren().addAll(rows, more);
    }

    void setOnOpenComponent(Consumer<String> handler) {
        this.onOpenComponent = handler;
    }

    void render(Assessment a) {
        rows.getChildren().clear();
        List<TopRisks.Risk> risks = TopRisks.of(a);
        int row = 0;
        for (TopRisks.Risk risk : risks.subList(0, Math.min(SHOWN, risks.size()))) {
            Label kind = new Label(risk.kind().label());
            kind.setMinWidth(Region.USE_PREF_SIZE);
            kind.getStyleClass().addAll("risk-badge", "risk-" + risk.kind().name().toLowerCase(java.util.Locale.ROOT));
            Label what = new Label(risk.summary());
            what.setWrapText(true);
            what.setMaxWidth(620);
            what.setTooltip(new Tooltip(risk.summary()));
            Label where = new Label(risk.file() + (risk.line() > 0 ? ":" + risk.line() : ""));
            where.getStyleClass().add("muted");
            where.setTextOverrun(javafx.scene.control.OverrunStyle.LEADING_ELLIPSIS); // the file name matters most
            where.setTooltip(new Tooltip(where.getText()));
            Hyperlink component = new Hyperlink(risk.componentName());
            component.setMinWidth(Region.USE_PREF_SIZE);
            component.setOnAction(e -> onOpenComponent.accept(risk.componentId()));
            GridPane.setHgrow(what, Priority.ALWAYS);
            rows.addRow(row++, kind, what, where, component);
        }
        for (javafx.scene.Node n : rows.getChildren()) {
            GridPane.setValignment(n, javafx.geometry.VPos.TOP);
        }
        setAlignment(Pos.TOP_LEFT);
        if (risks.isEmpty()) {
            more.setText("No blocker, confirmed vulnerability or simulated implementation: the scores below tell the rest.");
        } else {
            Map<TopRisks.Kind, Long> counts = TopRisks.counts(risks);
            more.setText(count(counts, TopRisks.Kind.BLOCKER, "blocker", "blockers") + " · "
                    + count(counts, TopRisks.Kind.VULNERABILITY, "confirmed vulnerability", "confirmed vulnerabilities")
                    + " · " + count(counts, TopRisks.Kind.SIMULATED, "component with simulated implementations",
                    "components with simulated implementations")
                    + (risks.size() > SHOWN ? "  ·  " + (risks.size() - SHOWN) + " more in Findings" : ""));
        }
    }

    private static String count(Map<TopRisks.Kind, Long> counts, TopRisks.Kind kind, String one, String many) {
        long n = counts.getOrDefault(kind, 0L);
        return n + " " + (n == 1 ? one : many);
    }
}
