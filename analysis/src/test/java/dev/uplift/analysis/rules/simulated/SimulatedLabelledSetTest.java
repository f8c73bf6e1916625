package dev.uplift.analysis.rules.simulated;

import dev.uplift.analysis.index.IndexedFile;
import dev.uplift.analysis.index.Languages;
import dev.uplift.analysis.parse.FrontEnd;
import dev.uplift.analysis.parse.ParsedFile;
import dev.uplift.analysis.rules.RuleCatalog;
import dev.uplift.model.Finding;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Recall and false-positive rate of STUB-SIMULATED on functions from public repositories, labelled by
 * hand as simulated or real ({@code simulated-labelled/<language>/labels.tsv}: one function a snippet
 * file, copied verbatim, with its repository, commit, path and licence). Each snippet is analysed as a
 * production file; a finding of STUB-SIMULATED in it, or of STUB-FUNCTION (which the rule leaves those
 * to), is a "simulated" verdict. Figures go to docs/benchmarks.md; reproduce with
 * {@code ./mvnw -pl analysis -am test -Dtest=SimulatedLabelledSetTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class SimulatedLabelledSetTest {
    private static final List<String> LANGUAGES = List.of("python", "typescript", "java");

    /** Per language: {simulated, found, real, false alarms}. */
    @Test
    void findsTheSimulatedFunctionsAndSparesTheRealOnes() throws Exception {
        Map<String, int[]> byLanguage = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        List<String> alarms = new ArrayList<>();
        Path root = Path.of(Objects.requireNonNull(getClass().getResource("/simulated-labelled")).toURI());
        for (String language : LANGUAGES) {
            Path dir = root.resolve(language);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            List<String> rows = Files.readAllLines(dir.resolve("labels.tsv"), StandardCharsets.UTF_8);
            for (String row : rows.subList(1, rows.size())) {
                String[] col = row.split("\t");
                boolean simulated = col[2].equals("simulated");
                List<Finding> found = findings(dir.resolve("snippets").resolve(col[0]));
                int[] c = byLanguage.computeIfAbsent(language, k -> new int[4]);
                c[simulated ? 0 : 2]++;
                if (simulated) {
                    c[1] += found.isEmpty() ? 0 : 1;
                    if (found.isEmpty()) {
                        misses.add(language + "/" + col[0] + " " + col[1] + " (" + col[3] + ")");
                    }
                } else {
                    c[3] += found.isEmpty() ? 0 : 1;
                    if (!found.isEmpty()) {
                        alarms.add(language + "/" + col[0] + " " + col[1] + " (" + col[3] + "): " + found.get(0).message());
                    }
                }
            }
        }
        int[] all = new int[4];
        StringBuilder table = new StringBuilder("| language | simulated | found | recall | real | false alarms | FPR |\n");
        for (Map.Entry<String, int[]> e : byLanguage.entrySet()) {
            int[] c = e.getValue();
            table.append(row(e.getKey(), c));
            for (int i = 0; i < 4; i++) {
                all[i] += c[i];
            }
        }
        table.append(row("all", all));
        double recall = (double) all[1] / all[0];
        double fpr = (double) all[3] / all[2];
        System.out.printf(Locale.ROOT, "STUB-SIMULATED labelled set:%n%s%nmissed:%n  %s%nfalse alarms:%n  %s%n", table,
                String.join("\n  ", misses), String.join("\n  ", alarms));
        assertThat(all[0] + all[2]).as("labelled functions").isGreaterThanOrEqualTo(150);
        assertThat(recall).as("recall; missed " + misses).isGreaterThanOrEqualTo(0.8);
        assertThat(fpr).as("false-positive rate; " + alarms).isLessThanOrEqualTo(0.1);
    }

    private static String row(String name, int[] c) {
        return String.format(Locale.ROOT, "| %s | %d | %d | %.2f | %d | %d | %.3f |%n", name, c[0], c[1],
                (double) c[1] / Math.max(1, c[0]), c[2], c[3], (double) c[3] / Math.max(1, c[2]));
    }

    /** The rule's findings on the snippet, analysed as a production source file. */
    private static List<Finding> findings(Path snippet) throws Exception {
        String text = Files.readString(snippet, StandardCharsets.UTF_8);
        String name = snippet.getFileName().toString();
        IndexedFile file = new IndexedFile("src/main/" + name, snippet, Languages.of(name), text.length(), false);
        ParsedFile parsed = FrontEnd.forLanguage(file.language()).parse(file, text, text.lines().toList());
        try {
            List<Finding> out = new ArrayList<>();
            new SimulatedFunctionRule().check(parsed, out::add);
            // a function the honest-stub rule reports ('pass' under a placeholder comment) is not reported twice
            RuleCatalog.fileRules().stream().filter(r -> r.rule().id().equals("STUB-FUNCTION"))
                    .forEach(r -> r.check(parsed, out::add));
            return out;
        } finally {
            parsed.tree().close();
        }
    }
}
