package dev.uplift.analysis.rules.simulated;

import dev.uplift.analysis.rules.simulated.ReturnedValue.Kind;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ReturnedValueTest {

    private static Kind kind(String value, String... parameters) {
        return ReturnedValue.classify(value, Map.of("score", "random.uniform(0.6, 0.9)", "out", "[]"),
                Set.of(parameters));
    }

    @Test
    void tellsCannedRandomMockEchoAndComputedValuesApart() {
        assertThat(kind("{\"status\": \"success\", \"accuracy\": 0.94}")).isEqualTo(Kind.CANNED);
        assertThat(kind("score")).isEqualTo(Kind.RANDOM);
        assertThat(kind("mockInvoices")).isEqualTo(Kind.MOCK);
        assertThat(kind("{ status: \"generated\", prompt }", "prompt")).isEqualTo(Kind.ECHO);
        assertThat(kind("{\"key\": cl.count != cl.total}", "cl")).isEqualTo(Kind.COMPUTED);
        assertThat(kind("out")).as("an accumulator the function fills").isEqualTo(Kind.COMPUTED);
        assertThat(kind("{\"tz\": timezone.get_current_timezone_name()}")).isEqualTo(Kind.COMPUTED);
        assertThat(kind("AccountDetail.builder().holder(\"Jack\").balance(19000.89).build()")).isEqualTo(Kind.CANNED);
        assertThat(kind("new ConcurrentHashMap<>(4)")).isEqualTo(Kind.TRIVIAL);
    }

    @Test
    void aLongStringLiteralIsReadWithoutExhaustingTheStack() {
        String big = "{\"text\": \"" + "ab\\\"c ".repeat(2_800) + "\"}"; // under the 20,000-character cut-off
        assertThat(kind(big)).isIn(Kind.CANNED, Kind.COMPUTED);
    }
}
