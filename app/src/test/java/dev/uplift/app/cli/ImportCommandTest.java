package dev.uplift.app.cli;

import dev.uplift.app.TestRepositories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** export --json on one home, import on another: the command-line contract. */
class ImportCommandTest {
    @TempDir
    Path work;
    @RegisterExtension
    final CliRunner cli = new CliRunner();

    @Test
    void aWorkspaceExportedFromOneHomeImportsIntoAnother() throws Exception {
        String sample = TestRepositories.SAMPLE.toString();
        assertThat(cli.run("plan", sample)).as(cli.err()).isZero();
        Path file = work.resolve("sample.workspace.json");
        assertThat(cli.run("export", sample, "--json", file.toString())).as(cli.err()).isZero();
        assertThat(cli.out()).contains("Workspace JSON written to " + file);

        try (CliRunner other = new CliRunner(Files.createDirectories(work.resolve("other-home")))) {
            assertThat(other.run("import", file.toString())).as(other.err()).isZero();
            assertThat(other.out()).contains("Imported sample-order-platform: 1 assessments, 1 plan versions")
                    .contains("Review it with: uplift gui ");
            Path imported = work.resolve("other-home").toRealPath().resolve("imported/sample-order-platform");
            assertThat(other.run("history", imported.toString())).as(other.err()).isZero();
            assertThat(other.out()).contains("components");

            assertThat(other.run("import", file.toString())).isEqualTo(ExitCodes.INPUT);
            assertThat(other.err()).contains("nothing imported").contains("already in this database");
        }
    }

    @Test
    void aFileThatIsNotAWorkspaceExitsWithThree() throws Exception {
        Path file = Files.writeString(work.resolve("standard.json"), "{\"name\": \"strict\", \"thresholds\": {}}");
        assertThat(cli.run("import", file.toString())).isEqualTo(ExitCodes.INPUT);
        assertThat(cli.err()).contains("nothing imported").contains("must begin with");
    }
}
