package dev.uplift.views.plan;

import dev.uplift.model.plan.Team;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The team editor gives back the team as entered, and only one a plan can be made with. */
@ExtendWith(ApplicationExtension.class)
class TeamEditorTest {
    private TeamEditor editor;

    @Start
    void start(Stage stage) {
        editor = new TeamEditor(Team.defaults());
    }

    private TextField nameField(int index) {
        return (TextField) editor.getDialogPane().lookupAll(".text-field").stream()
                .filter(n -> n instanceof TextField && !(n.getParent() instanceof javafx.scene.control.Spinner))
                .toList().get(index);
    }

    @Test
    void theTeamComesBackInItsOrderAndABlankOrRepeatedSkillIsRefused(FxRobot robot) {
        assertThat(editor.team()).contains(Team.defaults());
        assertThat(editor.team().orElseThrow().skills().keySet()).containsExactly("backend", "frontend", "qa");
        robot.interact(() -> nameField(1).setText("backend"));
        assertThat(editor.team()).isEmpty();
        assertThat(editor.getDialogPane().lookupButton(ButtonType.OK).isDisabled()).isTrue();
        robot.interact(() -> nameField(1).setText("  devops "));
        Map<String, Team.Skill> expected = new LinkedHashMap<>();
        expected.put("backend", new Team.Skill(2, 6));
        expected.put("devops", new Team.Skill(1, 6));
        expected.put("qa", new Team.Skill(1, 6));
        assertThat(editor.team()).contains(new Team(expected));
        assertThat(editor.getDialogPane().lookupButton(ButtonType.OK).isDisabled()).isFalse();
    }

    @Test
    void aSkillCanBeAddedAndRemoved(FxRobot robot) {
        Button add = (Button) editor.getDialogPane().lookupAll(".button").stream()
                .filter(n -> n instanceof Button b && b.getText().equals("Add a skill")).findFirst().orElseThrow();
        robot.interact(add::fire);
        assertThat(editor.team()).as("the new skill has no name yet").isEmpty();
        robot.interact(() -> nameField(3).setText("security"));
        assertThat(editor.team().orElseThrow().skills()).containsKey("security");
        Button removeFirst = (Button) editor.getDialogPane().lookupAll(".button").stream()
                .filter(n -> n instanceof Button b && b.getText().equals("Remove")).findFirst().orElseThrow();
        robot.interact(removeFirst::fire);
        assertThat(editor.team().orElseThrow().skills().keySet()).containsExactly("frontend", "qa", "security");
    }
}
