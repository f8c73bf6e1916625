package dev.uplift.analysis.rules.simulated;

import dev.uplift.model.Finding;
import dev.uplift.model.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SimulatedFunctionRuleTest {

    private static Finding demo(String file, String name) {
        return new Finding("STUB-SIMULATED", SimulatedFunctionRule.RULE.category(), SimulatedFunctionRule.DEMO_SEVERITY,
                file, 3, "'" + name + "' fakes its work: returns a canned result", "def " + name + "():", 480, null, null);
    }

    @Test
    void demoFoldersGetOneMinorFindingEachNamingTheirFunctions() {
        List<Finding> once = SimulatedFunctionRule.oncePerDemoFolder(List.of(demo("examples/shop/a.py", "checkout"),
                demo("examples/shop/b.py", "pay"), demo("svc/demo/c.ts", "fetchOrders")));
        assertThat(once).hasSize(2);
        assertThat(once).extracting(Finding::severity).containsOnly(Severity.MINOR);
        assertThat(once.get(0).message()).startsWith("2 functions under examples/ fake their work").contains("checkout, pay");
        assertThat(once.get(1).message()).startsWith("1 function under svc/demo/").contains("fetchOrders");
    }

    @Test
    void testDoublesAndFixturesAreNotJudged() {
        assertThat(SimulatedFunctionRule.testDouble("web/src/__mocks__/api.ts")).isTrue();
        assertThat(SimulatedFunctionRule.testDouble("app/fixtures/orders.py")).isTrue();
        assertThat(SimulatedFunctionRule.testDouble("app/mock_payments.py")).isTrue();
        assertThat(SimulatedFunctionRule.testDouble("app/payments.py")).isFalse();
        assertThat(SimulatedFunctionRule.demoFolder("samples/basic/main.py")).isEqualTo("samples");
        assertThat(SimulatedFunctionRule.demoFolder("src/orders/service.py")).isNull();
    }
}
