package dev.uplift.analysis.index;

import dev.uplift.model.AssessmentWarning;
import dev.uplift.model.service.Cancellation;
import dev.uplift.model.service.CancelledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FileIndexerTest {
    @TempDir
    Path repo;

    private void write(String path, String content) throws IOException {
        Path file = repo.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private FileIndex index() throws IOException {
        return new FileIndexer(repo, Cancellation.NEVER).index();
    }

    @Test
    void keepsSourcesAndPassesOverIgnoredAndGeneratedFolders() throws IOException {
        write("src/Main.java", "class Main {}");
        write(".gitignore", "*.tmp\ngenerated/\n");
        write("src/notes.tmp", "x");
        write("generated/Gen.java", "class Gen {}");
        write("node_modules/lib/index.js", "x");
        write("target/classes/A.java", "x");
        write(".git/HEAD", "ref: refs/heads/main");
        write("web/.venv/lib/site.py", "x");
        assertThat(index().files()).extracting(IndexedFile::path)
                .containsExactlyInAnyOrder("src/Main.java", ".gitignore");
    }

    @Test
    void passesOverKnownBinariesQuietlyAndHugeFilesWithAWarning() throws IOException {
        write("logo.png", "not really a png");
        Files.write(repo.resolve("big.sql"), new byte[(int) FileIndexer.MAX_FILE_BYTES + 1]);
        FileIndex index = index();
        assertThat(index.files()).isEmpty();
        assertThat(index.warnings()).extracting(AssessmentWarning::file).containsExactly("big.sql");
    }

    @Test
    void neverFollowsALinkOutOfTheRepositoryOrIntoALoop(@TempDir Path outside) throws IOException {
        write("src/A.py", "x = 1");
        Files.writeString(outside.resolve("passwd"), "root:x:0:0");
        Files.createSymbolicLink(repo.resolve("src/escape"), outside.resolve("passwd"));
        Files.createSymbolicLink(repo.resolve("src/loop"), repo.resolve("src"));
        Files.createSymbolicLink(repo.resolve("src/inside.py"), repo.resolve("src/A.py"));
        FileIndex index = index();
        assertThat(index.files()).extracting(IndexedFile::path).containsExactlyInAnyOrder("src/A.py", "src/inside.py");
        assertThat(index.warnings()).extracting(AssessmentWarning::file).contains("src/escape", "src/loop");
    }

    @Test
    void marksTestCode() throws IOException {
        write("src/test/java/ATest.java", "class ATest {}");
        assertThat(index().files()).singleElement().extracting(IndexedFile::test).isEqualTo(true);
    }

    @Test
    void stopsWhenCancelled() throws IOException {
        write("a/B.java", "class B {}");
        assertThatThrownBy(() -> new FileIndexer(repo, () -> true).index()).isInstanceOf(CancelledException.class);
    }
}
