package dev.uplift.analysis.rules;

import dev.uplift.analysis.index.IndexedFile;
import dev.uplift.analysis.index.Languages;
import dev.uplift.analysis.parse.FrontEnd;
import dev.uplift.analysis.parse.ParsedFile;
import dev.uplift.model.Finding;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Precision and recall of secret detection on a labelled set: in {@code secrets.*} every non-comment
 * line holds a secret, in {@code clean.*} none does. Figures go to docs/benchmarks.md; reproduce with
 * {@code ./mvnw -pl analysis -am test -Dtest=SecretsLabelledSetTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class SecretsLabelledSetTest {
    private static final List<FileRule> SECRET_RULES = List.of(new SecretRule(), new HardcodedCredentialRule());

    @Test
    void findsSecretsWithHighPrecisionAndRecall() throws Exception {
        Path dir = Path.of(Objects.requireNonNull(getClass().getResource("/secrets-labelled")).toURI());
        int truePositives = 0, falseNegatives = 0, falsePositives = 0, trueNegatives = 0;
        List<String> misses = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                boolean secrets = name.startsWith("secrets");
                List<String> lines = Files.readAllLines(file);
                Set<Integer> flagged = flaggedLines(file, name, lines);
                for (int i = 0; i < lines.size(); i++) {
                    String l = lines.get(i).strip();
                    if (l.isEmpty() || l.startsWith("#") || l.equals("{") || l.equals("}") || l.startsWith("import")) {
                        continue;
                    }
                    boolean hit = flagged.contains(i + 1);
                    if (secrets && hit) {
                        truePositives++;
                    } else if (secrets) {
                        falseNegatives++;
                        misses.add("missed " + name + ":" + (i + 1));
                    } else if (hit) {
                        falsePositives++;
                        misses.add("false alarm " + name + ":" + (i + 1));
                    } else {
                        trueNegatives++;
                    }
                }
            }
        }
        double precision = (double) truePositives / (truePositives + falsePositives);
        double recall = (double) truePositives / (truePositives + falseNegatives);
        System.out.printf(Locale.ROOT, "secrets labelled set: %d secret lines, %d clean lines; TP %d FP %d FN %d TN %d; "
                        + "precision %.3f recall %.3f%n%s%n", truePositives + falseNegatives, falsePositives + trueNegatives,
                truePositives, falsePositives, falseNegatives, trueNegatives, precision, recall, misses);
        assertThat(truePositives + falseNegatives).isGreaterThanOrEqualTo(40);
        assertThat(falsePositives + trueNegatives).isGreaterThanOrEqualTo(40);
        assertThat(precision).as("precision; " + misses).isGreaterThanOrEqualTo(0.95);
        assertThat(recall).as("recall; " + misses).isGreaterThanOrEqualTo(0.90);
    }

    private static Set<Integer> flaggedLines(Path file, String name, List<String> lines) throws Exception {
        String text = Files.readString(file);
        IndexedFile indexed = new IndexedFile("config/" + name, file, Languages.of(name), text.length(), false);
        ParsedFile parsed = FrontEnd.forLanguage(indexed.language()).parse(indexed, text, lines);
        Set<Integer> flagged = new HashSet<>();
        for (FileRule rule : SECRET_RULES) {
            rule.check(parsed, f -> {
                flagged.add(f.line());
                assertThat(f.message() + " " + f.evidence()).as("a finding never holds the secret")
                        .doesNotContain(lines.get(f.line() - 1).replaceAll(".*[=:]\\s*\"?", "").replaceAll("[\",;]+$", "")
                                .strip().length() > 8 ? lines.get(f.line() - 1).replaceAll(".*[=:]\\s*\"?", "")
                                .replaceAll("[\",;]+$", "").strip() : "\u0000");
            });
        }
        return flagged;
    }
}
