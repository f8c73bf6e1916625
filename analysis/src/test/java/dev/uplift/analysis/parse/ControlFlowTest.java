package dev.uplift.analysis.parse;

import dev.uplift.analysis.index.IndexedFile;
import dev.uplift.analysis.index.Languages;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cyclomatic and cognitive complexity, nesting and parameters of Python and TypeScript functions, each
 * figure worked out by hand from the definitions in docs/scoring.md (the comments show the increments).
 */
class ControlFlowTest {

    private static Map<String, FunctionMetrics> metrics(String name, String... lines) {
        String text = String.join("\n", lines) + "\n";
        IndexedFile file = new IndexedFile("src/" + name, Path.of(name), Languages.of(name), text.length(), false);
        ParsedFile parsed = FrontEnd.forLanguage(file.language()).parse(file, text, text.lines().toList());
        try {
            return parsed.functions().stream().collect(Collectors.toMap(FunctionInfo::name, FunctionInfo::metrics));
        } finally {
            parsed.tree().close();
        }
    }

    @Test
    void nestedLoopsAddTheirNestingLevelAndALoopElseIsAPathButNoCognitiveCost() {
        Map<String, FunctionMetrics> m = metrics("primes.py",
                "def sum_of_primes(limit):",
                "    total = 0",
                "    for i in range(1, limit + 1):  # +1",
                "        for j in range(2, i):  # +2",
                "            if i % j == 0:  # +3",
                "                break",
                "        else:  # a path (radon counts it), no cognitive increment",
                "            total += i",
                "    return total");
        assertThat(m.get("sum_of_primes")).isEqualTo(new FunctionMetrics(5, 6, 3, 1));
    }

    @Test
    void elifElseLogicalSequencesAndTernariesInPython() {
        Map<String, FunctionMetrics> m = metrics("classify.py",
                "class C:",
                "    def classify(self, a, b, *args, key=None, **kw):",
                "        if a and b and not key:  # cognitive +1 if, +1 'and' sequence; cyclomatic +1, +2",
                "            return 1",
                "        elif a or b:  # +1 elif, +1 'or'",
                "            return 2",
                "        else:  # +1",
                "            return 3 if kw else 4  # +1 plus nesting 1");
        assertThat(m.get("classify")).isEqualTo(new FunctionMetrics(7, 7, 1, 5));
    }

    @Test
    void lambdasNestAndCountWithTheirFunction() {
        Map<String, FunctionMetrics> m = metrics("sort.py",
                "def order(items):",
                "    return sorted(items, key=lambda x: x.a if x else 0)  # +1 plus nesting 1",
                "",
                "def outer():",
                "    def inner(x, y):",
                "        return x if y else None",
                "    return inner");
        assertThat(m.get("order")).isEqualTo(new FunctionMetrics(2, 2, 0, 1));
        assertThat(m.get("outer")).as("a named inner function is measured on its own")
                .isEqualTo(new FunctionMetrics(1, 0, 0, 0));
        assertThat(m.get("inner")).isEqualTo(new FunctionMetrics(2, 1, 0, 2));
    }

    @Test
    void assertsAndTheElseOfATryArePathsAsRadonCountsThem() {
        Map<String, FunctionMetrics> m = metrics("check.py",
                "def check(x):",
                "    assert x is not None",
                "    try:",
                "        y = int(x)",
                "    except ValueError:  # +1 cognitive",
                "        return None",
                "    else:",
                "        return y");
        assertThat(m.get("check")).isEqualTo(new FunctionMetrics(4, 1, 1, 1));
    }

    @Test
    void tryAndWithDeepenButDoNotNest() {
        Map<String, FunctionMetrics> m = metrics("load.py",
                "def load(path):",
                "    try:",
                "        with open(path) as f:",
                "            for line in f:  # +1",
                "                if line:  # +2",
                "                    pass",
                "    except OSError:  # +1",
                "        return None");
        assertThat(m.get("load")).isEqualTo(new FunctionMetrics(4, 4, 4, 1));
    }

    @Test
    void typeScriptElseIfCallbacksAndMixedOperators() {
        Map<String, FunctionMetrics> m = metrics("f.ts",
                "export function f(a: number, b?: string): number {",
                "  if (a > 0) {                 // +1",
                "    for (const x of items) {   // +2",
                "      if (x && b || c) {       // +3, then +1 for || and +1 for &&",
                "        continue;",
                "      }",
                "    }",
                "  } else if (a < 0) {          // +1",
                "    return 1;",
                "  } else {                     // +1",
                "    items.forEach(i => { if (i) { g(); } });  // the callback nests: +3",
                "  }",
                "  return a ? 1 : 2;            // +1",
                "}");
        assertThat(m.get("f")).isEqualTo(new FunctionMetrics(9, 14, 3, 2));
    }

    @Test
    void switchCountsOnceForCognitiveAndPerCaseForCyclomatic() {
        Map<String, FunctionMetrics> m = metrics("s.js",
                "const pick = (kind) => {",
                "  switch (kind) {  // +1",
                "    case 'a': return 1;",
                "    case 'b': return 2;",
                "    default: return 3;",
                "  }",
                "};",
                "class K { method(a, b, c, d, e, f, g, h) { return a ?? b; } }");
        assertThat(m.get("pick")).isEqualTo(new FunctionMetrics(3, 1, 1, 1));
        assertThat(m.get("method")).as("?? is a path but not a decision to follow")
                .isEqualTo(new FunctionMetrics(2, 0, 0, 8));
    }

    @Test
    void optionalChainsDefaultValuesAndLogicalAssignmentsArePathsAsEslintCountsThem() {
        Map<String, FunctionMetrics> m = metrics("o.ts",
                "export function f(a = 1, { b = 2 } = {}) {",
                "  x ??= a?.y;",
                "}");
        assertThat(m.get("f").cyclomatic()).isEqualTo(1 + 2 + 1 + 1 + 1);
        assertThat(m.get("f").cognitive()).isZero();
    }

    @Test
    void docstringsAreDocumentationNotCode() {
        String text = String.join("\n",
                "\"\"\"Module docs",
                "over two lines.\"\"\"",
                "def f():",
                "    \"\"\"Does f.\"\"\"",
                "    return 1",
                "") ;
        IndexedFile file = new IndexedFile("src/d.py", Path.of("d.py"), "python", text.length(), false);
        ParsedFile parsed = FrontEnd.forLanguage("python").parse(file, text, text.lines().toList());
        parsed.tree().close();
        assertThat(parsed.lineKinds().codeLines()).isEqualTo(2);
        assertThat(parsed.lineKinds().commentLines()).isEqualTo(3);
    }
}
