package dev.uplift.app.service;

import dev.uplift.app.AppContext;
import dev.uplift.app.TestRepositories;
import dev.uplift.app.UpliftHome;
import dev.uplift.model.Assessment;
import dev.uplift.model.Component;
import dev.uplift.model.Tier;
import dev.uplift.model.service.ProgressListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A tier set by hand: stored with its reason, shown on the latest assessment, kept by later ones. */
class TierOverrideTest {
    private static final Path SAMPLE = TestRepositories.SAMPLE;
    @TempDir
    Path home;
    private AppContext context;
    private LocalAssessmentService service;

    @BeforeEach
    void open() {
        context = new AppContext(new UpliftHome(home), "tier-test", SAMPLE);
        service = context.assessmentService();
    }

    @AfterEach
    void close() {
        context.close();
    }

    private static Component analytics(Assessment a) {
        return a.components().stream().map(c -> c.component()).filter(c -> c.id().equals("analytics")).findFirst()
                .orElseThrow();
    }

    @Test
    void theLatestAssessmentAndEveryLaterOneTakeTheTierWithTheReason() {
        Assessment latest = service.assess(SAMPLE, ProgressListener.NONE, () -> false);
        assertThat(analytics(latest).tier()).isEqualTo(Tier.P4);

        Assessment changed = service.overrideTier(SAMPLE, "analytics", Tier.P2, "  forecasts drive purchasing ");

        assertThat(changed.id()).isEqualTo(latest.id());
        assertThat(analytics(changed).tier()).isEqualTo(Tier.P2);
        assertThat(analytics(changed).tierReason()).isEqualTo("set by hand: forecasts drive purchasing");
        assertThat(analytics(context.assessmentService().latest(SAMPLE).orElseThrow()).tier()).isEqualTo(Tier.P2);

        Assessment next = service.assess(SAMPLE, ProgressListener.NONE, () -> false);
        assertThat(analytics(next).tier()).isEqualTo(Tier.P2);
        assertThat(analytics(next).tierReason()).isEqualTo("set by hand: forecasts drive purchasing");
    }

    @Test
    void aBlankReasonOrAnUnknownComponentIsRefused() {
        service.assess(SAMPLE, ProgressListener.NONE, () -> false);
        assertThatThrownBy(() -> service.overrideTier(SAMPLE, "analytics", Tier.P1, " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("say why");
        assertThatThrownBy(() -> service.overrideTier(SAMPLE, "nope", Tier.P1, "because"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no component nope");
    }

    @Test
    void withNothingStoredThereIsNothingToChange(@TempDir Path empty) {
        assertThatThrownBy(() -> service.overrideTier(empty, "analytics", Tier.P1, "because"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("assess it first");
    }
}
