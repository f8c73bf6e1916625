package dev.uplift.views.main;

import dev.uplift.model.Assessment;
import dev.uplift.model.service.Cancellation;
import dev.uplift.model.service.CancelledException;
import dev.uplift.model.service.ProgressListener;
import dev.uplift.views.Fixtures;
import dev.uplift.views.common.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class MainViewModelTest {
    @TempDir
    Path repo;

    /** A service that returns canned answers and records what it was asked. */
    static final class FakeService extends dev.uplift.views.StubAssessmentService {
        Optional<Assessment> stored = Optional.empty();
        RuntimeException failure;
        final List<Path> assessed = new ArrayList<>();
        final List<String> overridden = new ArrayList<>();

        @Override
        public Assessment assess(Path repository, ProgressListener progress, Cancellation cancellation) {
            assessed.add(repository);
            progress.progress(1, 2, "a/B.java");
            if (failure != null) {
                throw failure;
            }
            return Fixtures.assessment("new");
        }

        @Override
        public Optional<Assessment> latest(Path repository) {
            return stored;
        }

        @Override
        public List<Path> recentRepositories() {
            return List.of(Path.of("/recent"));
        }

        @Override
        public Assessment overrideTier(Path repository, String componentId, dev.uplift.model.Tier tier, String reason) {
            overridden.add(componentId + " " + tier + " " + reason);
            return stored.orElseThrow();
        }
    }

    private final FakeService service = new FakeService();
    private final MainViewModel viewModel = new MainViewModel(new dev.uplift.model.service.Services(service, new dev.uplift.views.NoPlans(), r -> java.util.List.of(), s -> new dev.uplift.model.service.AdvisoryImport.Summary(1, 2, 0)), new CurrentThreadTaskExecutor(), "run-1");

    private final java.util.List<String> exported = new java.util.ArrayList<>();
    private final MainViewModel exporting = new MainViewModel(new dev.uplift.model.service.Services(service,
            new dev.uplift.views.NoPlans(), r -> java.util.List.of(), s -> new dev.uplift.model.service.AdvisoryImport.Summary(1, 2, 0),
            (format, repository, file) -> {
                if (file.toString().contains("unwritable")) {
                    throw new java.io.UncheckedIOException("could not write " + file, new java.io.IOException("read-only"));
                }
                exported.add(format + " " + repository.getFileName() + " " + file);
            }), new CurrentThreadTaskExecutor(), "run-2");

    @Test
    void exportingWritesTheShownRepositoryAndSaysWhere() {
        service.stored = Optional.of(Fixtures.assessment("stored"));
        assertThat(exporting.canExport().get()).as("nothing shown yet").isFalse();
        exporting.open(repo);
        assertThat(exporting.canExport().get()).isTrue();
        exporting.export(dev.uplift.model.service.Exports.Format.SARIF, Path.of("/tmp/out.sarif"));
        assertThat(exported).containsExactly("SARIF " + repo.toAbsolutePath().normalize().getFileName() + " /tmp/out.sarif");
        assertThat(exporting.statusProperty().get()).isEqualTo("Exported to /tmp/out.sarif.");
        assertThat(exporting.busyProperty().get()).isFalse();

        exporting.export(dev.uplift.model.service.Exports.Format.FINDINGS_CSV, Path.of("/unwritable/f.csv"));
        assertThat(exporting.errorProperty().get().title()).isEqualTo("Export failed");
        assertThat(exporting.errorProperty().get().message()).contains("could not write");
    }

    @Test
    void importingAWorkspaceOpensTheImportedRepositoryAndARefusalSaysWhy() {
        service.stored = Optional.of(Fixtures.assessment("imported"));
        MainViewModel importing = new MainViewModel(new dev.uplift.model.service.Services(service,
                new dev.uplift.views.NoPlans(), r -> java.util.List.of(), s -> new dev.uplift.model.service.AdvisoryImport.Summary(1, 2, 0),
                dev.uplift.model.service.Exports.NONE, file -> {
                    if (file.toString().contains("hostile")) {
                        throw new IllegalArgumentException("assessments[0].components[0].findings[0].file is absolute");
                    }
                    return new dev.uplift.model.service.Imports.Summary(repo, 2, 3, java.util.List.of());
                }, dev.uplift.model.service.StandardsService.NONE), new CurrentThreadTaskExecutor(), "run-3");

        importing.importWorkspace(Path.of("/tmp/hostile.json"));
        assertThat(importing.errorProperty().get().title()).isEqualTo("Nothing imported");
        assertThat(importing.errorProperty().get().message()).contains("is absolute");
        assertThat(importing.assessmentProperty().get()).isNull();
        assertThat(importing.busyProperty().get()).isFalse();

        importing.importWorkspace(Path.of("/tmp/sample.workspace.json"));
        assertThat(importing.repositoryProperty().get()).isEqualTo(repo.toAbsolutePath().normalize());
        assertThat(importing.assessmentProperty().get().id()).isEqualTo("imported");
        assertThat(service.assessed).as("an imported repository is shown, not assessed").isEmpty();
        assertThat(importing.statusProperty().get()).startsWith("Imported " + repo.getFileName()
                + ": 2 assessments, 3 plan versions. Showing the assessment of");
    }

    @Test
    void exemptingAFindingStoresItThenAssessesAgain() {
        service.stored = Optional.of(Fixtures.assessment("stored"));
        viewModel.open(repo);
        assertThat(service.assessed).isEmpty();
        viewModel.exempt("auth", Fixtures.finding(dev.uplift.model.Severity.MAJOR), " test fixture ");
        assertThat(service.assessed).as("re-assessed to apply it").hasSize(1);
        assertThat(viewModel.assessmentProperty().get().id()).isEqualTo("new");
        viewModel.exempt("auth", Fixtures.finding(dev.uplift.model.Severity.MAJOR), "  ");
        assertThat(service.assessed).as("no reason, nothing done").hasSize(1);
    }

    @Test
    void openingANewRepositoryAssessesIt() {
        viewModel.open(repo);
        assertThat(service.assessed).containsExactly(repo.toAbsolutePath().normalize());
        assertThat(viewModel.assessmentProperty().get().id()).isEqualTo("new");
        assertThat(viewModel.busyProperty().get()).isFalse();
        assertThat(viewModel.statusProperty().get()).startsWith("Assessed");
        assertThat(viewModel.recent()).containsExactly(Path.of("/recent"));
    }

    @Test
    void openingAnAssessedRepositoryShowsTheStoredAssessment() {
        service.stored = Optional.of(Fixtures.assessment("stored"));
        viewModel.open(repo);
        assertThat(service.assessed).isEmpty();
        assertThat(viewModel.assessmentProperty().get().id()).isEqualTo("stored");
        assertThat(viewModel.statusProperty().get()).contains("Re-assess");
    }

    @Test
    void aFailureBecomesADialogWithTheRunId() {
        service.failure = new IllegalStateException("disk full");
        viewModel.open(repo);
        assertThat(viewModel.errorProperty().get()).isEqualTo(new UserError("Assessment failed", "disk full", "run-1"));
        assertThat(viewModel.busyProperty().get()).isFalse();
    }

    @Test
    void cancellingKeepsThePreviousAssessmentAndSaysSo() {
        service.stored = Optional.of(Fixtures.assessment("stored"));
        viewModel.open(repo);
        service.failure = new CancelledException();
        viewModel.assess();
        assertThat(viewModel.assessmentProperty().get().id()).isEqualTo("stored");
        assertThat(viewModel.errorProperty().get()).isNull();
        assertThat(viewModel.statusProperty().get()).contains("previous assessment");
    }

    @Test
    void aFileIsNotAFolderToOpen() throws Exception {
        Path file = java.nio.file.Files.writeString(repo.resolve("x.txt"), "x");
        viewModel.open(file);
        assertThat(viewModel.errorProperty().get().title()).isEqualTo("Not a folder");
        assertThat(service.assessed).isEmpty();
    }

    @Test
    void importingAdvisoriesReportsWhatWasImported() {
        viewModel.importAdvisories(repo);
        assertThat(viewModel.statusProperty().get()).startsWith("Imported 2 advisories from 1 files");
        assertThat(viewModel.busyProperty().get()).isFalse();
    }
}
