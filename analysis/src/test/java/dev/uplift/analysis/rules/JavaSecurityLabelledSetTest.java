package dev.uplift.analysis.rules;

import dev.uplift.analysis.index.IndexedFile;
import dev.uplift.analysis.parse.FrontEnd;
import dev.uplift.analysis.parse.ParsedFile;
import dev.uplift.model.Category;
import dev.uplift.model.Finding;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * True- and false-positive rates of the Java security rules on a labelled set: in
 * {@code security-labelled/java/*.java} a line marked {@code vulnerable: RULE} must raise the rule and a
 * line marked {@code safe: RULE} must not. Any security finding on an unmarked line counts as a false
 * alarm. Figures go to docs/benchmarks.md; reproduce with
 * {@code ./mvnw -pl analysis -am test -Dtest=JavaSecurityLabelledSetTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class JavaSecurityLabelledSetTest {
    private static final Pattern LABEL = Pattern.compile("// (vulnerable|safe): (SEC-[A-Z-]+)");

    /** Per rule: {vulnerable cases, found, safe cases, alarmed}. */
    @Test
    void securityRulesFindTheVulnerableCasesAndSpareTheSafeOnes() throws Exception {
        Path dir = Path.of(Objects.requireNonNull(getClass().getResource("/security-labelled/java")).toURI());
        Map<String, int[]> byRule = new TreeMap<>();
        List<String> errors = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.sorted().toList()) {
                List<String> lines = Files.readAllLines(file);
                Set<String> found = findings(file, lines);
                Set<String> labelled = new HashSet<>();
                for (int i = 0; i < lines.size(); i++) {
                    Matcher m = LABEL.matcher(lines.get(i));
                    if (!m.find()) {
                        continue;
                    }
                    String key = (i + 1) + " " + m.group(2);
                    labelled.add(key);
                    int[] counts = byRule.computeIfAbsent(m.group(2), k -> new int[4]);
                    boolean hit = found.contains(key);
                    if (m.group(1).equals("vulnerable")) {
                        counts[0]++;
                        counts[1] += hit ? 1 : 0;
                        if (!hit) {
                            errors.add("missed " + file.getFileName() + ":" + key);
                        }
                    } else {
                        counts[2]++;
                        counts[3] += hit ? 1 : 0;
                        if (hit) {
                            errors.add("false alarm " + file.getFileName() + ":" + key);
                        }
                    }
                }
                for (String key : found) {
                    if (!labelled.contains(key)) {
                        byRule.computeIfAbsent(key.substring(key.indexOf(' ') + 1), k -> new int[4])[3]++;
                        errors.add("unlabelled alarm " + file.getFileName() + ":" + key);
                    }
                }
            }
        }
        int vulnerable = 0, found = 0, safe = 0, alarmed = 0;
        StringBuilder table = new StringBuilder("| rule | vulnerable cases | found | safe cases | false alarms |\n");
        for (Map.Entry<String, int[]> e : byRule.entrySet()) {
            int[] c = e.getValue();
            table.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d |%n", e.getKey(), c[0], c[1], c[2], c[3]));
            vulnerable += c[0];
            found += c[1];
            safe += c[2];
            alarmed += c[3];
        }
        double tpRate = (double) found / vulnerable;
        double fpRate = (double) alarmed / safe;
        System.out.printf(Locale.ROOT, "Java security labelled set: %d vulnerable, %d safe; true-positive rate %.3f, "
                + "false-positive rate %.3f%n%s%s%n", vulnerable, safe, tpRate, fpRate, table, errors);
        assertThat(tpRate).as("true-positive rate; " + errors).isGreaterThanOrEqualTo(0.9);
        assertThat(fpRate).as("false-positive rate; " + errors).isLessThanOrEqualTo(0.1);
    }

    /** "line RULE" for every security finding of every file rule. */
    private static Set<String> findings(Path file, List<String> lines) throws Exception {
        String text = Files.readString(file);
        IndexedFile indexed = new IndexedFile("src/" + file.getFileName(), file, "java", text.length(), false);
        ParsedFile parsed = FrontEnd.forLanguage("java").parse(indexed, text, lines);
        assertThat(parsed.parseProblem()).as("the labelled set parses").isNull();
        Set<String> out = new HashSet<>();
        for (FileRule rule : RuleCatalog.fileRules()) {
            if (rule.rule().category() != Category.SECURITY || rule.rule().id().startsWith("SEC-SECRET")
                    || rule.rule().id().equals("SEC-HARDCODED-CREDENTIAL")) {
                continue;
            }
            List<Finding> found = new ArrayList<>();
            rule.check(parsed, found::add);
            found.forEach(f -> out.add(f.line() + " " + f.ruleId()));
        }
        return out;
    }
}
