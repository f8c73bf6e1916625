package dev.uplift.analysis.parse;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NotebooksTest {

    @Test
    void aCellWrittenAsOneStringRunsDownFromItsLineWithoutOverwritingTheNextCell() throws Exception {
        String notebook = "{\"cells\": [\n"
                + "{\"cell_type\": \"code\", \"source\": \"a = 1\\nb = 2\\nc = 3\"},\n"
                + "{\"cell_type\": \"code\", \"source\": \"d = 4\"}\n"
                + "]}\n";
        assertThat(Notebooks.pythonOf(notebook).lines().toList())
                .containsExactly("", "a = 1", "b = 2", "c = 3", "d = 4");
    }

    @Test
    void magicsAndShellEscapesBecomeComments() throws Exception {
        String notebook = "{\"cells\": [{\"cell_type\": \"code\", \"source\": [\"!pip install x\\n\", \"%%time\\n\", \"y = 1\"]}]}";
        assertThat(Notebooks.pythonOf(notebook)).contains("# !pip install x", "# %%time", "y = 1");
    }

    @Test
    void jsonThatIsNotANotebookIsRefusedWithAReason() {
        assertThatThrownBy(() -> Notebooks.pythonOf("[1, 2]")).isInstanceOf(Notebooks.NotANotebookException.class)
                .hasMessageContaining("not a JSON object");
        assertThatThrownBy(() -> Notebooks.pythonOf("[".repeat(100_000)))
                .isInstanceOf(Notebooks.NotANotebookException.class);
    }
}
