package dev.uplift.app.store;

import dev.uplift.analysis.engine.AnalysisCache;
import dev.uplift.analysis.engine.AssessmentEngine;
import dev.uplift.analysis.engine.EngineResult;
import dev.uplift.app.TestRepositories;
import dev.uplift.analysis.engine.RunSettings;
import dev.uplift.model.ProductionStandards;
import dev.uplift.model.Assessment;
import dev.uplift.model.AssessmentSummary;
import dev.uplift.model.service.ProgressListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Real H2, real Flyway migrations, no mocks. */
class AssessmentStoreTest {
    private static EngineResult sample;

    @TempDir
    Path home;
    private Database database;
    private AssessmentStore store;

    @BeforeAll
    static void assessSample() throws Exception {
        sample = new AssessmentEngine(AnalysisCache.NONE, 2).run(TestRepositories.SAMPLE, RunSettings.of(ProductionStandards.defaults()), ProgressListener.NONE,
                () -> false);
    }

    @BeforeEach
    void open() {
        database = Database.open(home);
        store = new AssessmentStore(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static Assessment assessment(Instant at) {
        return new Assessment(UUID.randomUUID().toString(), "/repo", at, "a".repeat(40), "default",
                sample.components(), sample.warnings(), sample.checklist());
    }

    @Test
    void whatIsSavedLoadsBackEqual() {
        Assessment a = assessment(Instant.parse("2026-01-02T03:04:05Z"));
        store.save(a, h -> { });
        assertThat(store.load(a.id())).contains(a);
    }

    @Test
    void historyListsNewestFirst() {
        Assessment older = assessment(Instant.parse("2026-01-01T00:00:00Z"));
        Assessment newer = assessment(Instant.parse("2026-02-01T00:00:00Z"));
        store.save(older, h -> { });
        store.save(newer, h -> { });
        assertThat(store.history("/repo")).extracting(AssessmentSummary::id).containsExactly(newer.id(), older.id());
        assertThat(store.latest("/repo")).map(Assessment::id).contains(newer.id());
        assertThat(store.history("/other")).isEmpty();
    }

    @Test
    void aFailureDuringSaveLeavesNothingBehindAndEarlierRunsIntact() {
        Assessment kept = assessment(Instant.parse("2026-01-01T00:00:00Z"));
        store.save(kept, h -> { });
        Assessment failed = assessment(Instant.parse("2026-03-01T00:00:00Z"));
        assertThatThrownBy(() -> store.save(failed, h -> {
            throw new IllegalStateException("disk full");
        })).hasMessageContaining("disk full");
        assertThat(store.load(failed.id())).isEmpty();
        assertThat(store.history("/repo")).extracting(AssessmentSummary::id).containsExactly(kept.id());
        assertThat(store.load(kept.id())).contains(kept);
    }

    @Test
    void cacheEntriesRoundTripAndAreWrittenInTheSameTransaction() {
        FileCacheStore cache = new FileCacheStore(database);
        store.save(assessment(Instant.now()), h -> FileCacheStore.storeAll(h, sample.newCacheEntries()));
        sample.newCacheEntries().forEach((key, analysis) -> assertThat(cache.find(key)).contains(analysis));
        assertThat(cache.find("no-such-key")).isEmpty();
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "read whole up to {0} entries")
    @org.junit.jupiter.params.provider.ValueSource(ints = {0, FileCacheStore.READ_ALL_UP_TO})
    void aRunsViewOfTheCacheFindsWhatWasStoredBeforeTheRunAndNothingElse(int readAllUpTo) {
        FileCacheStore cache = new FileCacheStore(database, readAllUpTo);
        store.save(assessment(Instant.now()), h -> FileCacheStore.storeAll(h, sample.newCacheEntries()));
        dev.uplift.analysis.engine.AnalysisCache run = cache.forRun();
        assertThat(sample.newCacheEntries()).isNotEmpty();
        sample.newCacheEntries().forEach((key, analysis) -> assertThat(run.find(key)).contains(analysis));
        assertThat(run.find("no-such-key")).isEmpty();
    }

    @Test
    void remembersRecentRepositoriesMostRecentFirst() throws Exception {
        store.touchRecent("/a");
        Thread.sleep(5);
        store.touchRecent("/b");
        Thread.sleep(5);
        store.touchRecent("/a");
        assertThat(store.recent(10)).containsExactly("/a", "/b");
    }
}
