package dev.uplift.views.overview;

import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.Locale;

/** One headline figure: a title, a value coloured by its tone, a line of detail (also its tooltip). */
final class Tile extends VBox {
    private static final List<String> TONES = List.of("good", "fair", "poor");
    private static final PseudoClass NARROW = PseudoClass.getPseudoClass("narrow");

    private final Label title = new Label();
    private final Label value = new Label();
    private final Label detail = new Label();
    private final Tooltip tip = new Tooltip();

    Tile(String heading) {
        super(6);
        title.setText(heading.toUpperCase(Locale.ROOT));
        title.getStyleClass().add("tile-title");
        value.getStyleClass().add("tile-value");
        detail.getStyleClass().add("muted");
        detail.setWrapText(true);
        getChildren().addAll(title, value, detail);
        getStyleClass().add("tile");
        setPrefWidth(160); // equal preferred widths: the row shares its space out evenly
        setMinWidth(120);
        setMaxWidth(Double.MAX_VALUE);
        Tooltip.install(this, tip);
        // narrow tiles (a 1366-pixel screen holds seven at about 150 each) take a smaller value font
        widthProperty().addListener(o -> value.pseudoClassStateChanged(NARROW, getWidth() > 0 && getWidth() < 185));
    }

    /** A smaller value, for a date (the tile row stays one height). */
    Tile compact() {
        value.getStyleClass().add("tile-value-compact");
        return this;
    }

    void show(String heading, String text, String tone, String detailText, String tooltip) {
        if (heading != null) {
            title.setText(heading.toUpperCase(Locale.ROOT));
        }
        value.setText(text);
        tone(value, tone);
        detail.setText(detailText);
        tip.setText(tooltip == null ? detailText : tooltip);
    }

    /** Colours a label by tone: "good", "fair", "poor", or none (null). */
    static void tone(Label label, String tone) {
        label.getStyleClass().removeAll(TONES);
        if (tone != null) {
            label.getStyleClass().add(tone);
        }
    }
}
