package dev.uplift.analysis.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.uplift.analysis.index.IndexedFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Our Python cyclomatic complexity against radon's ({@code radon cc -j -s DIR > FILE}, Debian's radon
 * 5.1) on real functions. Runs when {@code -Duplift.radon.report=FILE} and {@code -Duplift.radon.root=DIR}
 * (the folder radon's paths are relative to) are given; the figures are in docs/benchmarks.md.
 * Functions holding a nested function, lambda or class are left out: radon counts closures in the
 * outer function and we measure a named inner function on its own.
 */
class PythonMetricAgreementTest {

    @Test
    void ourCyclomaticComplexityAgreesWithRadon() throws Exception {
        String report = System.getProperty("uplift.radon.report");
        String root = System.getProperty("uplift.radon.root");
        Assumptions.assumeTrue(report != null && root != null, "no radon report given");
        JsonNode radon = new ObjectMapper().readTree(Path.of(report).toFile());
        int functions = 0, exact = 0, near = 0;
        Map<String, Integer> differences = new HashMap<>();
        List<String> examples = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = radon.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> file = it.next();
            if (!file.getValue().isArray()) {
                continue; // radon's error entry for a file it could not parse
            }
            Path path = Path.of(root).resolve(file.getKey());
            String text = Files.readString(path, StandardCharsets.UTF_8);
            IndexedFile indexed = new IndexedFile(file.getKey(), path, "python", text.length(), false);
            ParsedFile parsed = FrontEnd.forLanguage("python").parse(indexed, text, text.lines().toList());
            try {
                Map<Integer, FunctionInfo> byLine = new HashMap<>();
                parsed.functions().forEach(f -> byLine.put(f.startLine(), f));
                Map<Integer, JsonNode> blocks = new HashMap<>(); // radon lists methods twice: alone and in their class
                file.getValue().forEach(b -> {
                    blocks.put(b.path("lineno").asInt(), b);
                    b.path("methods").forEach(m -> blocks.put(m.path("lineno").asInt(), m));
                });
                for (JsonNode b : blocks.values()) {
                    if (b.path("type").asText().equals("class") || b.path("closures").size() > 0) {
                        continue;
                    }
                    FunctionInfo ours = byLine.get(b.path("lineno").asInt());
                    if (ours == null || ours.metrics() == null || hasNestedScope(parsed, ours)) {
                        continue;
                    }
                    functions++;
                    int theirs = b.path("complexity").asInt();
                    int mine = ours.metrics().cyclomatic();
                    exact += mine == theirs ? 1 : 0;
                    near += Math.abs(mine - theirs) <= 1 ? 1 : 0;
                    if (mine != theirs) {
                        differences.merge((mine - theirs > 0 ? "+" : "") + (mine - theirs), 1, Integer::sum);
                        if (examples.size() < 15) {
                            examples.add(file.getKey() + ":" + b.path("lineno").asInt() + " " + ours.name() + " ours "
                                    + mine + " radon " + theirs);
                        }
                    }
                }
            } finally {
                parsed.tree().close();
            }
        }
        System.out.printf(Locale.ROOT, "Python functions compared with radon: %d; cyclomatic exact %.1f %%, within one "
                + "%.1f %%; differences (ours - radon): %s%n", functions, 100.0 * exact / functions,
                100.0 * near / functions, differences);
        examples.forEach(e -> System.out.println("  " + e));
        assertThat(functions).isGreaterThan(100);
        assertThat((double) exact / functions).isGreaterThan(0.9);
    }

    /** A lambda or a def, class inside the function (radon folds them in differently). */
    private static boolean hasNestedScope(ParsedFile parsed, FunctionInfo f) {
        if (!(parsed.tree() instanceof SyntaxTree.TreeSitter tree)) {
            return true;
        }
        TreeNodes nodes = tree.nodes();
        for (int i = 0; i < nodes.size(); i++) {
            String type = nodes.type(i);
            int line = nodes.node(i).getStartPoint().getRow() + 1;
            if ((type.equals("lambda") || type.equals("function_definition") || type.equals("class_definition"))
                    && line > f.startLine() && line <= f.endLine()) {
                return true;
            }
        }
        return false;
    }
}
