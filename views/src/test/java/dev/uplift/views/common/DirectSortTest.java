package dev.uplift.views.common;

import dev.uplift.model.Severity;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Header clicks sort with the registered record comparators: severity by rank, ties by the next column. */
@ExtendWith(ApplicationExtension.class)
class DirectSortTest {
    record Row(Severity severity, String rule) {
    }

    private final ObservableList<Row> rows = FXCollections.observableArrayList(new Row(Severity.INFO, "b"),
            new Row(Severity.BLOCKER, "z"), new Row(Severity.MAJOR, "a"), new Row(Severity.BLOCKER, "c"),
            new Row(Severity.CRITICAL, "d"));
    private TableView<Row> table;
    private TableColumn<Row, Severity> severity;
    private TableColumn<Row, String> rule;

    @Start
    void start(Stage stage) {
        table = new TableView<>();
        SortedList<Row> sorted = new SortedList<>(rows);
        table.setItems(sorted);
        DirectSort<Row> sort = new DirectSort<>();
        severity = sort.by(Columns.severity(90, Row::severity), Comparator.comparing(Row::severity));
        rule = Columns.text("Rule", 90, Row::rule); // no comparator registered: sorts through its cells
        table.getColumns().add(severity);
        table.getColumns().add(rule);
        sort.install(table, sorted);
        stage.setScene(new javafx.scene.Scene(table, 300, 300));
        stage.show();
    }

    private List<String> shown() {
        return table.getItems().stream().map(r -> r.severity().name().charAt(0) + r.rule()).toList();
    }

    @Test
    void severitySortsByRankAndTiesGoToTheNextColumn(FxRobot robot) {
        robot.interact(() -> table.getSortOrder().setAll(List.of(severity, rule)));
        assertThat(shown()).containsExactly("Bc", "Bz", "Cd", "Ma", "Ib");
        robot.interact(() -> {
            severity.setSortType(TableColumn.SortType.DESCENDING);
            table.sort();
        });
        assertThat(shown()).containsExactly("Ib", "Ma", "Cd", "Bc", "Bz");
        robot.interact(() -> table.getSortOrder().clear());
        assertThat(shown()).containsExactly("Ib", "Bz", "Ma", "Bc", "Cd");
    }
}
