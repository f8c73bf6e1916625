package dev.uplift.views.plan;

import dev.uplift.model.plan.Team;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The team editor: a row per skill with how many people have it and how many hours a day each can
 * give to the plan. OK is enabled only for a team that can do work: named, distinct skills and at least
 * one person.
 */
public final class TeamEditor extends Dialog<Team> {
    private final GridPane rows = new GridPane();
    private final List<Row> entries = new ArrayList<>();
    private final Label problem = new Label();
    private int nextRow = 1;

    private record Row(TextField name, Spinner<Integer> people, Spinner<Double> focus, Button remove) {
    }

    public TeamEditor(Team team) {
        setTitle("Uplift");
        setHeaderText("The team that does the plan");
        rows.setHgap(8);
        rows.setVgap(6);
        rows.addRow(0, new Label("Skill"), new Label("People"), new Label("Focus hours a day"));
        team.skills().forEach((name, skill) -> add(name, skill.people(), skill.focusHoursPerDay()));
        Button more = new Button("Add a skill");
        more.setOnAction(e -> add("", 1, 6));
        problem.getStyleClass().add("poor");
        VBox content = new VBox(10, rows, more, problem);
        content.setPadding(new Insets(8));
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().setPrefWidth(520);
        setResultConverter(button -> button == ButtonType.OK ? team().orElse(null) : null);
        validate();
    }

    /** Asks for a team, starting from this one; empty when the user cancels. */
    public static Optional<Team> ask(Team team) {
        return new TeamEditor(team).showAndWait();
    }

    private void add(String name, int people, double focus) {
        TextField skill = new TextField(name);
        skill.setPromptText("e.g. backend");
        Spinner<Integer> count = new Spinner<>(0, 200, people);
        count.setEditable(true);
        count.setPrefWidth(90);
        Spinner<Double> hours = new Spinner<>(0.5, 12, focus, 0.5);
        hours.setEditable(true);
        hours.setPrefWidth(110);
        Button remove = new Button("Remove");
        Row row = new Row(skill, count, hours, remove);
        remove.setOnAction(e -> {
            entries.remove(row);
            rows.getChildren().removeAll(skill, count, hours, remove);
            validate();
        });
        entries.add(row);
        rows.addRow(nextRow++, skill, count, hours, remove);
        skill.textProperty().addListener(o -> validate());
        count.valueProperty().addListener(o -> validate());
        validate();
    }

    /** The team as entered, when it is one a plan can be made with. */
    Optional<Team> team() {
        Map<String, Team.Skill> skills = new LinkedHashMap<>();
        for (Row r : entries) {
            String name = r.name().getText().strip();
            if (name.isEmpty() || skills.containsKey(name)) {
                return Optional.empty();
            }
            skills.put(name, new Team.Skill(r.people().getValue(), r.focus().getValue()));
        }
        boolean anyone = skills.values().stream().anyMatch(s -> s.people() > 0);
        return anyone ? Optional.of(new Team(skills)) : Optional.empty();
    }

    private void validate() {
        boolean ok = team().isPresent();
        problem.setText(ok ? "" : "Name every skill once, and give at least one of them a person.");
        javafx.scene.Node button = getDialogPane().lookupButton(ButtonType.OK);
        if (button != null) {
            button.setDisable(!ok);
        }
    }
}
