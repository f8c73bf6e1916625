package dev.uplift.analysis.engine;

import dev.uplift.model.Category;
import dev.uplift.model.Finding;
import dev.uplift.model.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FindingGroupsTest {

    private static Finding hit(String rule, String file, int line) {
        return new Finding(rule, Category.CODE_QUALITY, Severity.MINOR, file, line, "m", "e", 10, null, null);
    }

    @Test
    void repeatedHitsOfARuleInAFileBecomeOneFindingWithEveryLine() {
        List<Finding> grouped = FindingGroups.byFile(List.of(hit("QUAL-DUPLICATED-BLOCK", "a.py", 30),
                hit("QUAL-DUPLICATED-BLOCK", "a.py", 10), hit("QUAL-DUPLICATED-BLOCK", "b.py", 5),
                hit("QUAL-TODO", "a.py", 12)));
        assertThat(grouped).hasSize(3);
        Finding a = grouped.get(0);
        assertThat(a.line()).isEqualTo(10);
        assertThat(a.occurrences()).containsExactly(10, 30);
        assertThat(a.count()).isEqualTo(2);
        assertThat(a.effortMinutes()).isEqualTo(20);
        assertThat(a.message()).contains("2 times in this file");
        assertThat(grouped.get(1).occurrences()).isEmpty();
    }

    @Test
    void findingsThatNameTheirOwnFunctionStayApart() {
        assertThat(FindingGroups.byFile(List.of(hit("QUAL-LONG-FUNCTION", "a.py", 3), hit("QUAL-LONG-FUNCTION", "a.py",
                40), hit("STUB-SIMULATED", "a.py", 50), hit("STUB-SIMULATED", "a.py", 60)))).hasSize(4);
    }
}
