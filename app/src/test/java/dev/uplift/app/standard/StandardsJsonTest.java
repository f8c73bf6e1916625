package dev.uplift.app.standard;

import dev.uplift.model.Exemption;
import dev.uplift.model.ProductionStandards;
import dev.uplift.model.Severity;
import dev.uplift.model.Thresholds;
import dev.uplift.model.Tier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StandardsJsonTest {
    @Test
    void aStandardSurvivesTheTripThroughJson() throws Exception {
        ProductionStandards s = new ProductionStandards("strict", new Thresholds(9, 9.5, 8, 95, 9),
                Map.of(Tier.P4, Map.of("testCoverage", 70.0)), ProductionStandards.defaults().requiredControls(),
                Map.of("QUAL-TODO", Severity.INFO), List.of(new Exemption("SEC-HARDCODED-CREDENTIAL", "auth",
                "auth/T.java", 19, "test key", "sec", LocalDate.of(2027, 1, 31))));
        assertThat(StandardsJson.parse(StandardsJson.write(s))).isEqualTo(s);
    }

    @Test
    void aMinimalFileTakesTheSeedDefaultsForTheRest() throws Exception {
        ProductionStandards s = StandardsJson.parse("{\"name\": \"team\", \"thresholds\": {\"security\": 9.5}}");
        assertThat(s.thresholds()).isEqualTo(new Thresholds(8.5, 9.5, 8.0, 90, 8.0));
        assertThat(s.requiredControls()).isEqualTo(ProductionStandards.defaults().requiredControls());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "[]|a standard is a JSON object",
            "{}|'name' is required",
            "{\"name\": \"x\", \"thresholds\": {\"speed\": 3}}|unknown score 'speed'",
            "{\"name\": \"x\", \"thresholds\": {\"security\": 11}}|thresholds.security must be a number from 0 to 10",
            "{\"name\": \"x\", \"tierOverrides\": {\"P9\": {}}}|unknown tier 'P9'",
            "{\"name\": \"x\", \"ruleSeverities\": {\"R\": \"huge\"}}|unknown severity 'huge'",
            "{\"name\": \"x\", \"exemptions\": [{\"ruleId\": \"R\"}]}|needs a reason",
            "{\"name\": \"x\", \"exemptions\": [{\"ruleId\": \"R\", \"reason\": \"y\", \"expires\": \"soon\"}]}|not a date",
            "{not json|not valid JSON"})
    void aBadFileIsRejectedWithWhatIsWrong(String json, String message) {
        assertThatThrownBy(() -> StandardsJson.parse(json)).isInstanceOf(StandardsJson.InvalidStandardException.class)
                .hasMessageContaining(message);
    }
}
