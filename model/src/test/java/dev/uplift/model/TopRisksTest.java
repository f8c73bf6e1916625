package dev.uplift.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.uplift.model.AssessmentFixtures.ENV_FILE;
import static dev.uplift.model.AssessmentFixtures.SECRET;
import static dev.uplift.model.AssessmentFixtures.SIMULATED;
import static dev.uplift.model.AssessmentFixtures.STUB;
import static dev.uplift.model.AssessmentFixtures.assessment;
import static dev.uplift.model.AssessmentFixtures.component;
import static dev.uplift.model.AssessmentFixtures.finding;
import static org.assertj.core.api.Assertions.assertThat;

class TopRisksTest {

    @Test
    void blockersComeFirstThenVulnerabilitiesThenSimulatedWorkOneLinePerComponent() {
        Assessment a = assessment(
                component("ml", Tier.P4, "python", 5, List.of(), finding(SIMULATED, "ml/a.py", 3),
                        finding(SIMULATED, "ml/b.py", 8), finding(STUB, "ml/c.py", 1)),
                component("auth", Tier.P1, "java", 5, List.of(), finding(SECRET, "auth/T.java", 4)),
                component("worker", Tier.P2, "python", 5, List.of(), finding(ENV_FILE, "worker/.env", 2)));
        List<TopRisks.Risk> risks = TopRisks.of(a);
        assertThat(risks).extracting(TopRisks.Risk::kind).containsExactly(TopRisks.Kind.BLOCKER,
                TopRisks.Kind.VULNERABILITY, TopRisks.Kind.SIMULATED);
        assertThat(risks.get(0).file()).isEqualTo("worker/.env");
        assertThat(risks.get(2).summary()).isEqualTo("2 functions fake their work");
        assertThat(risks.get(2).componentId()).isEqualTo("ml");
    }

    @Test
    void aCleanRepositoryHasNone() {
        assertThat(TopRisks.of(assessment(component("lib", Tier.P2, "java", 9, List.of(),
                finding(STUB, "lib/a.java", 2))))).isEmpty();
    }
}
