package dev.uplift.analysis.git;

import dev.uplift.analysis.engine.AnalysisCache;
import dev.uplift.analysis.engine.AssessmentEngine;
import dev.uplift.analysis.engine.EngineResult;
import dev.uplift.analysis.engine.RunSettings;
import dev.uplift.model.AssessmentWarning;
import dev.uplift.model.Finding;
import dev.uplift.model.ProductionStandards;
import dev.uplift.model.service.ProgressListener;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class GitHistoryTest {

    private static void commit(Git git, Path repo, String path, String text, String author) throws Exception {
        Path file = repo.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        git.add().addFilepattern(path).call();
        PersonIdent who = new PersonIdent(author, author + "@example.com");
        git.commit().setMessage("change " + path).setAuthor(who).setCommitter(who).setSign(false).call();
    }

    private static Path repoWithHistory(Path repo) throws Exception {
        try (Git git = Git.init().setDirectory(repo.toFile()).call()) {
            StringBuilder big = new StringBuilder("class Big {\n");
            for (int i = 0; i < 60; i++) {
                big.append("  int g").append(i).append(" = ").append(i).append(";\n");
            }
            for (int i = 0; i < 5; i++) {
                big.append("  int f").append(i).append("() { return ").append(i).append("; }\n");
                commit(git, repo, "svc/src/Big.java", big + "}\n", i % 2 == 0 ? "ana" : "ben");
            }
            for (int i = 0; i < 9; i++) {
                commit(git, repo, "svc/src/Small" + i + ".java", "class Small" + i + " {}\n", "ana");
            }
        }
        return repo;
    }

    @Test
    void countsCommitsAndDistinctAuthorsPerFile(@TempDir Path repo) throws Exception {
        Map<String, FileHistory> history = GitHistory.read(repoWithHistory(repo), Instant.EPOCH, () -> false);
        assertThat(history.get("svc/src/Big.java")).isEqualTo(new FileHistory(5, 2));
        assertThat(history.get("svc/src/Small3.java")).isEqualTo(new FileHistory(1, 1));
    }

    @Test
    void theWindowLimitsWhatCounts(@TempDir Path repo) throws Exception {
        assertThat(GitHistory.read(repoWithHistory(repo), Instant.now().plusSeconds(3600), () -> false)).isEmpty();
    }

    @Test
    void aLargeOftenChangedFileIsAHotspotThatCostsNothing(@TempDir Path repo) throws Exception {
        EngineResult r = new AssessmentEngine(AnalysisCache.NONE, 1).run(repoWithHistory(repo),
                RunSettings.of(ProductionStandards.defaults()), ProgressListener.NONE, () -> false);
        assertThat(r.components()).flatExtracting(c -> c.findings()).filteredOn(f -> f.ruleId().equals("HIST-HOTSPOT"))
                .extracting(Finding::file).containsExactly("svc/src/Big.java");
        assertThat(r.warnings()).extracting(AssessmentWarning::file).doesNotContain(".git");
    }

    @Test
    void aMissingOrDamagedHistoryIsOneWarning(@TempDir Path repo) throws Exception {
        Files.createDirectories(repo.resolve("svc"));
        Files.writeString(repo.resolve("svc/A.java"), "class A {}\n");
        EngineResult plain = new AssessmentEngine(AnalysisCache.NONE, 1).run(repo,
                RunSettings.of(ProductionStandards.defaults()), ProgressListener.NONE, () -> false);
        assertThat(plain.warnings()).filteredOn(w -> w.file().equals(".git")).singleElement()
                .extracting(AssessmentWarning::message).asString().contains("not a git work tree");
        Files.createDirectories(repo.resolve(".git"));
        Files.writeString(repo.resolve(".git/HEAD"), "garbage");
        EngineResult damaged = new AssessmentEngine(AnalysisCache.NONE, 1).run(repo,
                RunSettings.of(ProductionStandards.defaults()), ProgressListener.NONE, () -> false);
        assertThat(damaged.warnings()).filteredOn(w -> w.file().equals(".git")).hasSize(1);
        assertThat(damaged.components()).isNotEmpty();
    }
}
