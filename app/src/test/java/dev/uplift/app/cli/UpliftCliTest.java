package dev.uplift.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.uplift.app.TestRepositories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The command-line contract: commands, options, exit codes, output files. */
class UpliftCliTest {
    @TempDir
    Path work;
    @RegisterExtension
    final CliRunner cli = new CliRunner();

    @Test
    void assessPrintsATableAndWritesJsonAndCsv() throws Exception {
        Path json = work.resolve("out/assessment.json");
        Path csv = work.resolve("out/assessment.csv");
        int code = cli.run("assess", TestRepositories.SAMPLE.toString(), "--json", json.toString(), "--csv", csv.toString());
        assertThat(code).as(cli.err()).isZero();
        assertThat(cli.out()).contains("COMPONENT", "order-gateway", "order-worker", "Readiness");
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertThat(root.path("components")).hasSize(9);
        assertThat(Files.readAllLines(csv, StandardCharsets.UTF_8)).hasSize(10);
    }

    @Test
    void jsonHasExactlyTheDocumentedKeys() throws Exception {
        Path json = work.resolve("a.json");
        assertThat(cli.run("assess", TestRepositories.SAMPLE.toString(), "--json", json.toString())).isZero();
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertThat(names(root)).containsExactly("schemaVersion", "repository", "assessedAt", "commit", "standard",
                "readiness", "components", "checklist", "rules", "warnings");
        JsonNode component = root.path("components").get(0);
        assertThat(names(component)).containsExactly("id", "name", "path", "kind", "languages", "tier", "tierReason",
                "linesOfCode", "dependsOn", "scores", "coverageSource", "metrics", "scoreDeductions", "findings",
                "checklist");
        assertThat(names(component.path("scores"))).containsExactly("codeQuality", "security", "performance",
                "testCoverage", "documentation", "errorHandling", "observability", "operations", "readiness");
        JsonNode finding = root.findValues("findings").stream().filter(f -> f.size() > 0).findFirst().orElseThrow().get(0);
        assertThat(names(finding)).containsExactly("ruleId", "category", "severity", "file", "line", "occurrences",
                "message", "confidence", "trace", "effortMinutes", "cwe", "evidence", "exemption");
        JsonNode rule = root.path("rules").get(0);
        assertThat(names(rule)).containsExactly("id", "name", "category", "severity", "cwe", "description", "fix");
        assertThat(root.path("rules").findValuesAsText("id")).contains("SEC-HARDCODED-CREDENTIAL", "STUB-FUNCTION");
        for (JsonNode c : root.path("components")) {
            for (JsonNode f : c.path("findings")) {
                assertThat(f.path("file").asText()).doesNotStartWith("/").doesNotContain("..");
            }
        }
    }

    @Test
    void aCoverageReportNamedOnTheCommandLineMakesCoverageMeasured() throws Exception {
        Path lcov = Files.writeString(work.resolve("gateway.lcov"), "SF:gateway/src/main/java/com/acme/orders/gateway/"
                + "RateLimiter.java\nDA:1,1\nDA:2,1\nDA:3,0\nLF:3\nLH:2\nend_of_record\n");
        Path json = work.resolve("cov.json");
        assertThat(cli.run("assess", TestRepositories.SAMPLE.toString(), "--coverage", lcov.toString(), "--json",
                json.toString())).as(cli.err()).isZero();
        JsonNode gateway = null;
        for (JsonNode c : new ObjectMapper().readTree(json.toFile()).path("components")) {
            gateway = c.path("id").asText().equals("gateway") ? c : gateway;
        }
        assertThat(gateway.path("coverageSource").asText()).isEqualTo("report");
        assertThat(cli.run("assess", TestRepositories.SAMPLE.toString(), "--coverage", "missing.lcov")).isEqualTo(3);
    }

    @Test
    void historyListsBothOfTwoRunsNewestFirst() {
        assertThat(cli.run("assess", TestRepositories.SAMPLE.toString())).isZero();
        assertThat(cli.run("assess", TestRepositories.SAMPLE.toString())).isZero();
        assertThat(cli.run("history", TestRepositories.SAMPLE.toString())).isZero();
        List<String> lines = cli.out().lines().toList();
        assertThat(lines).hasSize(2).allMatch(l -> l.matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d .*readiness +\\d+\\.\\d.*"));
    }

    @Test
    void historyOfAnUnassessedFolderSaysWhatToDo() {
        assertThat(cli.run("history", work.toString())).isZero();
        assertThat(cli.out()).contains("No stored assessments").contains("uplift assess");
    }

    @Test
    void inputErrorsExitThreeWithOneLineAndNoStackTrace() throws Exception {
        Path file = Files.writeString(work.resolve("file.txt"), "x");
        for (String dir : new String[] {work.resolve("missing").toString(), file.toString()}) {
            assertThat(cli.run("assess", dir)).isEqualTo(3);
            assertThat(cli.err().strip()).startsWith("uplift: ").doesNotContain("\n").doesNotContain("Exception");
        }
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(cli.run("assess")).isEqualTo(2);
        assertThat(cli.run("assess", "--no-such-option", ".")).isEqualTo(2);
        assertThat(cli.run("frobnicate")).isEqualTo(2);
    }

    @Test
    void helpWorksEverywhereWithoutTouchingTheDatabase() {
        for (String[] args : new String[][] {{"--help"}, {"assess", "--help"}, {"history", "--help"}, {"gui", "--help"}}) {
            assertThat(cli.run(args)).isZero();
            assertThat(cli.out()).contains("Usage:");
        }
        assertThat(cli.home().resolve("uplift.mv.db")).doesNotExist();
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }
}
