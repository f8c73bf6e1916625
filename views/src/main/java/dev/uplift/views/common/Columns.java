package dev.uplift.views.common;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;

import java.util.function.Function;

/** Table columns over records, built the same way in every view. */
public final class Columns {
    private Columns() {
    }

    public static <S> TableColumn<S, String> text(String title, double width, Function<S, String> value) {
        TableColumn<S, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    public static <S> TableColumn<S, Number> number(String title, double width, Function<S, Number> value) {
        TableColumn<S, Number> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        column.getStyleClass().add("numeric");
        return column;
    }

    /**
     * A score column: one decimal (or a whole percent), red when under the row's target.
     *
     * @param target the standard's threshold for a row, or null for none
     */
    public static <S> TableColumn<S, Number> score(String title, Function<S, Number> value, Function<S, Double> target,
                                                   boolean percent) {
        return score(title, value, target, percent, row -> "");
    }

    /** A score column whose cells start with a note, e.g. "≈" for an estimate. */
    public static <S> TableColumn<S, Number> score(String title, Function<S, Number> value, Function<S, Double> target,
                                                   boolean percent, Function<S, String> note) {
        TableColumn<S, Number> column = number(title, 84, value);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Number item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("below-target", "meets-target");
                if (empty || item == null) {
                    setText(null);
                    return;
                }
                S row = getTableRow() == null ? null : getTableRow().getItem();
                setText((row == null ? "" : note.apply(row))
                        + (percent ? Format.percent(item.doubleValue()) : Format.score(item.doubleValue())));
                Double goal = row == null ? null : target.apply(row);
                if (goal != null) {
                    getStyleClass().add(item.doubleValue() < goal ? "below-target" : "meets-target");
                }
            }
        });
        return column;
    }

    /**
     * A severity, lower-case, coloured by its level (CSS {@code severity-<level>}). It sorts by rank,
     * worst first, not alphabetically ("info" is not between "critical" and "major").
     */
    public static <S> TableColumn<S, dev.uplift.model.Severity> severity(double width,
                                                                         Function<S, dev.uplift.model.Severity> value) {
        TableColumn<S, dev.uplift.model.Severity> column = new TableColumn<>("Severity");
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setComparator(java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()));
        column.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(dev.uplift.model.Severity item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeIf(style -> style.startsWith("severity-"));
                String text = empty || item == null ? null : item.name().toLowerCase(java.util.Locale.ROOT);
                setText(text);
                if (text != null) {
                    getStyleClass().add("severity-" + text);
                }
            }
        });
        return column;
    }
}
