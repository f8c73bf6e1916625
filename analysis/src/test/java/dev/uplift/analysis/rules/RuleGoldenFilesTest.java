package dev.uplift.analysis.rules;

import dev.uplift.analysis.index.IndexedFile;
import dev.uplift.analysis.index.Languages;
import dev.uplift.analysis.parse.FrontEnd;
import dev.uplift.analysis.parse.ParsedFile;
import dev.uplift.model.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Golden files: {@code rules/<RULE-ID>/positive.*} mark every line that must raise the rule with
 * {@code expect: <RULE-ID>}; {@code negative.*} files must raise nothing.
 */
class RuleGoldenFilesTest {

    static Path fixtures() throws URISyntaxException {
        return Path.of(Objects.requireNonNull(RuleGoldenFilesTest.class.getResource("/rules")).toURI());
    }

    static Stream<Path> fixtureFiles() throws Exception {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(fixtures())) {
            walk.filter(Files::isRegularFile).sorted().forEach(files::add);
        }
        return files.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtureFiles")
    void findsExactlyTheMarkedLines(Path fixture) throws IOException {
        String ruleId = fixture.getParent().getFileName().toString();
        // one rule id may be checked by several file rules, one per language (the function metrics)
        List<FileRule> rules = RuleCatalog.fileRules().stream().filter(r -> r.rule().id().equals(ruleId)).toList();
        assertThat(rules).as("a rule " + ruleId + " for fixture " + fixture).isNotEmpty();
        String text = Files.readString(fixture, StandardCharsets.UTF_8);
        List<String> lines = text.lines().toList();
        String name = fixture.getFileName().toString();
        IndexedFile file = new IndexedFile("src/" + name, fixture, Languages.of(name), text.length(), false);
        ParsedFile parsed = FrontEnd.forLanguage(file.language()).parse(file, text, lines);

        List<Finding> findings = new ArrayList<>();
        rules.forEach(rule -> rule.check(parsed, findings::add));

        // "expect: RULE-ID" marks a line; a rule may report under a second id (SEC-SECRET → SEC-ENV-FILE)
        TreeSet<String> expected = new TreeSet<>();
        java.util.regex.Pattern marker = java.util.regex.Pattern.compile("expect: ([A-Z]+(?:-[A-Z]+)+)");
        for (int i = 0; i < lines.size(); i++) {
            java.util.regex.Matcher m = marker.matcher(lines.get(i));
            if (m.find()) {
                expected.add((i + 1) + " " + m.group(1));
            }
        }
        assertThat(findings).extracting(f -> f.line() + " " + f.ruleId()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(findings).allSatisfy(f -> assertThat(f.file()).isEqualTo("src/" + name));
        if (name.startsWith("positive")) {
            assertThat(expected).as("a positive fixture marks at least one line").isNotEmpty();
        } else {
            assertThat(expected).as("a negative fixture marks nothing").isEmpty();
        }
    }

    @Test
    void everyFileRuleHasAPositiveAndANegativeFixture() throws Exception {
        for (FileRule rule : RuleCatalog.fileRules()) {
            Path dir = fixtures().resolve(rule.rule().id());
            try (Stream<Path> files = Files.list(dir)) {
                List<String> names = files.map(p -> p.getFileName().toString()).toList();
                assertThat(names).as(rule.rule().id()).anyMatch(n -> n.startsWith("positive"))
                        .anyMatch(n -> n.startsWith("negative"));
            }
        }
    }

    @Test
    void credentialEvidenceNeverHoldsTheSecret() throws Exception {
        Path fixture = fixtures().resolve("SEC-HARDCODED-CREDENTIAL/positive.java");
        String text = Files.readString(fixture);
        IndexedFile file = new IndexedFile("src/T.java", fixture, "java", text.length(), false);
        List<Finding> findings = new ArrayList<>();
        new HardcodedCredentialRule().check(FrontEnd.forLanguage("java").parse(file, text, text.lines().toList()),
                findings::add);
        assertThat(findings).extracting(Finding::evidence).allSatisfy(e -> assertThat(e)
                .doesNotContain("k9Xq2LmP7vRt4WzA8nJc").doesNotContain("Sup3r-s3cret!").contains("…"));
    }

    @Test
    void everyRuleIsFullyDescribed() {
        assertThat(RuleCatalog.all()).allSatisfy(r -> {
            assertThat(r.id()).matches("[A-Z]+(-[A-Z]+)+");
            assertThat(r.description()).isNotBlank();
            assertThat(r.fix()).isNotBlank();
            if (r.severity() != dev.uplift.model.Severity.INFO) { // information costs no work
                assertThat(r.remediationMinutes()).isPositive();
            }
        });
        assertThat(RuleCatalog.all()).extracting(r -> r.id()).doesNotHaveDuplicates();
    }
}
