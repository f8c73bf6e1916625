package dev.uplift.app.service;

import dev.uplift.analysis.deps.AdvisoryIndex;
import dev.uplift.analysis.engine.AssessmentEngine;
import dev.uplift.analysis.engine.EngineResult;
import dev.uplift.analysis.engine.RunSettings;
import dev.uplift.analysis.rules.RuleCatalog;
import dev.uplift.app.standard.StandardStore;
import dev.uplift.app.store.AssessmentStore;
import dev.uplift.app.store.FileCacheStore;
import dev.uplift.app.store.EvidenceStore;
import dev.uplift.app.store.TierOverride;
import dev.uplift.app.store.TierOverrideStore;
import dev.uplift.model.Assessment;
import dev.uplift.model.AssessmentSummary;
import dev.uplift.model.ComponentAssessment;
import dev.uplift.model.Exemption;
import dev.uplift.model.ProductionStandards;
import dev.uplift.model.Rule;
import dev.uplift.model.Tier;
import dev.uplift.model.TrendPoint;
import dev.uplift.model.checklist.CheckResult;
import dev.uplift.model.service.AssessmentService;
import dev.uplift.model.service.Cancellation;
import dev.uplift.model.service.ProgressListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** Assesses on this machine with the engine and keeps the results in the local store. Thread-safe. */
public final class LocalAssessmentService implements AssessmentService {
    private static final Logger LOG = LoggerFactory.getLogger(LocalAssessmentService.class);
    private static final int RECENT_LIMIT = 10;
    private static final Map<String, Rule> RULES = RuleCatalog.all().stream()
            .collect(Collectors.toUnmodifiableMap(Rule::id, r -> r));

    private final AssessmentStore store;
    private final EvidenceStore evidence;
    private final TierOverrideStore tiers;
    private final AssessmentEngine engine;
    private final StandardStore standards;
    private final Supplier<AdvisoryIndex> advisories;
    private final List<BiConsumer<Assessment, ProductionStandards>> afterAssessment = new CopyOnWriteArrayList<>();

    public LocalAssessmentService(AssessmentStore store, EvidenceStore evidence, TierOverrideStore tiers,
                                  FileCacheStore cache, StandardStore standards, Supplier<AdvisoryIndex> advisories,
                                  int threads) {
        this.store = store;
        this.evidence = evidence;
        this.tiers = tiers;
        this.engine = new AssessmentEngine(cache, threads);
        this.standards = standards;
        this.advisories = advisories;
    }

    /** Runs after every stored assessment (plan re-validation); a failure there is logged, not thrown. */
    public void onAssessed(BiConsumer<Assessment, ProductionStandards> listener) {
        afterAssessment.add(listener);
    }

    @Override
    public Assessment assess(Path repository, ProgressListener progress, Cancellation cancellation) {
        return assess(repository, standard(), progress, cancellation);
    }

    /** Assesses against the given standard rather than the active one. */
    public Assessment assess(Path repository, ProductionStandards standard, ProgressListener progress,
                             Cancellation cancellation) {
        return assess(repository, standard, List.of(), RunSettings.DEFAULT_HISTORY_MONTHS, progress, cancellation);
    }

    /**
     * Assesses against the given standard, reading these coverage reports besides those in the repository
     * and {@code historyMonths} months of git history.
     */
    public Assessment assess(Path repository, ProductionStandards standard, List<Path> coverageReports,
                             int historyMonths, ProgressListener progress, Cancellation cancellation) {
        String key = key(repository);
        long start = System.nanoTime();
        EngineResult result;
        try {
            result = engine.run(Path.of(key), new RunSettings(standard, advisories.get(), coverageReports,
                    historyMonths), progress, cancellation);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + key + ": " + e.getMessage(), e);
        }
        cancellation.check(); // a run cancelled at the very end still stores nothing
        Map<String, String> notes = evidence.notes(key);
        List<CheckResult> checklist = result.checklist().stream()
                .map(c -> notes.containsKey(c.id()) ? c.withManualEvidence(notes.get(c.id())) : c).toList();
        Assessment assessment = new Assessment(UUID.randomUUID().toString(), key, Instant.now(), result.commit(),
                standard.name(), withOverriddenTiers(result.components(), tiers.all(key)), result.warnings(),
                checklist);
        store.save(assessment, h -> FileCacheStore.storeAll(h, result.newCacheEntries()));
        store.touchRecent(key);
        LOG.info("assessed {}: {} files ({} from cache), {} components, {} findings, {} warnings in {} ms", key,
                result.filesAnalyzed(), result.cacheHits(), result.components().size(), assessment.findingCount(),
                result.warnings().size(), (System.nanoTime() - start) / 1_000_000);
        for (BiConsumer<Assessment, ProductionStandards> listener : afterAssessment) {
            try {
                listener.accept(assessment, standard);
            } catch (RuntimeException e) {
                LOG.error("after-assessment step failed for {}", key, e);
            }
        }
        return assessment;
    }

    /** The components with the tiers the user set by hand in place of the automatic ones. */
    private static List<ComponentAssessment> withOverriddenTiers(List<ComponentAssessment> components,
                                                                 Map<String, TierOverride> overrides) {
        if (overrides.isEmpty()) {
            return components;
        }
        return components.stream().map(ca -> {
            TierOverride o = overrides.get(ca.component().id());
            return o == null ? ca : new ComponentAssessment(ca.component().withTier(o.tier(), o.describe()), ca.metrics(),
                    ca.scores(), ca.deductions(), ca.coverageSource(), ca.findings(), ca.checklist());
        }).toList();
    }

    @Override
    public Assessment overrideTier(Path repository, String componentId, Tier tier, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("say why " + componentId + " belongs in " + tier.name());
        }
        String key = key(repository);
        Assessment latest = store.latest(key).orElseThrow(() -> new IllegalStateException(
                "no stored assessment of " + key + " to change; assess it first"));
        if (latest.components().stream().noneMatch(c -> c.component().id().equals(componentId))) {
            throw new IllegalArgumentException("no component " + componentId + " in the latest assessment of " + key);
        }
        tiers.override(key, new TierOverride(componentId, tier, reason.strip(), Instant.now()));
        LOG.info("tier of {} in {} set to {} by hand", componentId, key, tier);
        return store.latest(key).orElseThrow();
    }

    @Override
    public ProductionStandards exempt(Exemption exemption) {
        ProductionStandards changed = standards.active().withExemption(exemption);
        standards.save(changed);
        standards.activate(changed.name());
        LOG.info("exemption of {} added to the standard '{}'", exemption.ruleId(), changed.name());
        return changed;
    }

    @Override
    public List<TrendPoint> trend(Path repository) {
        return store.trend(key(repository));
    }

    @Override
    public Optional<Assessment> latest(Path repository) {
        return store.latest(key(repository));
    }

    @Override
    public List<AssessmentSummary> history(Path repository) {
        return store.history(key(repository));
    }

    @Override
    public List<Path> recentRepositories() {
        return store.recent(RECENT_LIMIT).stream().map(Path::of).toList();
    }

    public void rememberOpened(Path repository) {
        store.touchRecent(key(repository));
    }

    @Override
    public ProductionStandards standard() {
        return standards.active();
    }

    /** Records a person's evidence for a checklist item; it appears from the next assessment on. */
    @Override
    public void recordEvidence(Path repository, String checkId, String note) {
        evidence.record(key(repository), checkId, note == null || note.isBlank() ? null : note.strip());
    }

    public StandardStore standards() {
        return standards;
    }

    /** Repositories are stored by their real absolute path, so "." and a symlinked path agree. */
    public static String key(Path repository) {
        Path abs = repository.toAbsolutePath().normalize();
        try {
            return abs.toRealPath().toString();
        } catch (IOException e) {
            return abs.toString();
        }
    }

    @Override
    public Map<String, Rule> rules() {
        return RULES;
    }
}
