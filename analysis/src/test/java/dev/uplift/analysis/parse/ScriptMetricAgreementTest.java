package dev.uplift.analysis.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.uplift.analysis.index.IndexedFile;
import dev.uplift.analysis.index.Languages;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Our TypeScript/JavaScript cyclomatic and cognitive complexity against ESLint's {@code complexity} rule
 * and eslint-plugin-sonarjs's {@code cognitive-complexity} (both at limit 0, so every function is
 * reported; JSON formatter). Runs when {@code -Duplift.eslint.report=FILE} is given; the command that
 * makes the report and the figures are in docs/benchmarks.md. Functions holding another function are left
 * out: ESLint measures each callback on its own, we count callbacks with the named function around them.
 */
class ScriptMetricAgreementTest {
    private static final Pattern CYCLOMATIC = Pattern.compile("has a complexity of (\\d+)");
    private static final Pattern COGNITIVE = Pattern.compile("Cognitive Complexity from (\\d+)");
    private static final Set<String> FUNCTIONS = Set.of("function_declaration", "generator_function_declaration",
            "method_definition", "arrow_function", "function_expression", "function", "generator_function");

    @Test
    void ourComplexityAgreesWithEslintAndSonarJs() throws Exception {
        String report = System.getProperty("uplift.eslint.report");
        Assumptions.assumeTrue(report != null, "no ESLint report given");
        int functions = 0, cycloExact = 0, cognitiveExact = 0, cognitiveNear = 0;
        Map<String, Integer> cycloDiffs = new HashMap<>();
        List<String> examples = new ArrayList<>();
        for (JsonNode file : new ObjectMapper().readTree(Path.of(report).toFile())) {
            Map<Integer, int[]> eslint = new HashMap<>(); // line -> {cyclomatic, cognitive}
            for (JsonNode m : file.path("messages")) {
                int line = m.path("line").asInt();
                Matcher c = CYCLOMATIC.matcher(m.path("message").asText());
                Matcher g = COGNITIVE.matcher(m.path("message").asText());
                int[] v = eslint.computeIfAbsent(line, k -> new int[] {-1, 0});
                if (c.find()) {
                    v[0] = Integer.parseInt(c.group(1));
                } else if (g.find()) {
                    v[1] = Integer.parseInt(g.group(1));
                }
            }
            Path path = Path.of(file.path("filePath").asText());
            String text = Files.readString(path, StandardCharsets.UTF_8);
            String name = path.getFileName().toString();
            IndexedFile indexed = new IndexedFile(name, path, Languages.of(name), text.length(), false);
            ParsedFile parsed = FrontEnd.forLanguage(indexed.language()).parse(indexed, text, text.lines().toList());
            try {
                for (FunctionInfo f : parsed.functions()) {
                    int[] theirs = eslint.get(f.startLine());
                    if (f.metrics() == null || theirs == null || theirs[0] < 0 || hasNestedFunction(parsed, f)
                            || onlyFunctionOnLine(parsed, f) > 1) {
                        continue;
                    }
                    functions++;
                    FunctionMetrics mine = f.metrics();
                    cycloExact += mine.cyclomatic() == theirs[0] ? 1 : 0;
                    cognitiveExact += mine.cognitive() == theirs[1] ? 1 : 0;
                    cognitiveNear += Math.abs(mine.cognitive() - theirs[1]) <= 1 ? 1 : 0;
                    if (mine.cyclomatic() != theirs[0] || mine.cognitive() != theirs[1]) {
                        cycloDiffs.merge("cyclo " + (mine.cyclomatic() - theirs[0]) + " cognitive "
                                + (mine.cognitive() - theirs[1]), 1, Integer::sum);
                        if (examples.size() < 15) {
                            examples.add(name + ":" + f.startLine() + " " + f.name() + " ours " + mine.cyclomatic() + "/"
                                    + mine.cognitive() + " eslint " + theirs[0] + "/" + theirs[1]);
                        }
                    }
                }
            } finally {
                parsed.tree().close();
            }
        }
        System.out.printf(Locale.ROOT, "Script functions compared with ESLint: %d; cyclomatic exact %.1f %%; cognitive "
                + "exact %.1f %%, within one %.1f %%; differences: %s%n", functions, 100.0 * cycloExact / functions,
                100.0 * cognitiveExact / functions, 100.0 * cognitiveNear / functions, cycloDiffs);
        examples.forEach(e -> System.out.println("  " + e));
        assertThat(functions).isGreaterThan(100);
        assertThat((double) cycloExact / functions).isGreaterThan(0.95);
        // eslint-plugin-sonarjs leaves out single logical operators that SonarSource's specification counts
        assertThat((double) cognitiveNear / functions).isGreaterThan(0.95);
    }

    private static boolean hasNestedFunction(ParsedFile parsed, FunctionInfo f) {
        TreeNodes nodes = ((SyntaxTree.TreeSitter) parsed.tree()).nodes();
        int count = 0;
        for (int i = 0; i < nodes.size(); i++) {
            int line = nodes.node(i).getStartPoint().getRow() + 1;
            if (FUNCTIONS.contains(nodes.type(i)) && line >= f.startLine() && line <= f.endLine()) {
                count++;
            }
        }
        return count > 1;
    }

    /** Functions starting on the same line as this one (ESLint's report cannot tell them apart). */
    private static long onlyFunctionOnLine(ParsedFile parsed, FunctionInfo f) {
        return parsed.functions().stream().filter(o -> o.startLine() == f.startLine()).count();
    }
}
