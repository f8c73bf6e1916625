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
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** export: SARIF and CSV of the stored results, and its contract for bad input. */
class ExportCommandTest {
    @TempDir
    Path work;
    @RegisterExtension
    final CliRunner cli = new CliRunner();

    @Test
    void writesSarifWhoseResultsAreTheStoredFindings() throws Exception {
        String sample = TestRepositories.SAMPLE.toString();
        Path json = work.resolve("assessment.json");
        assertThat(cli.run("assess", sample, "--json", json.toString())).as(cli.err()).isZero();
        Path sarif = work.resolve("out/uplift.sarif");
        assertThat(cli.run("export", sample, "--sarif", sarif.toString())).as(cli.err()).isZero();

        JsonNode log = new ObjectMapper().readTree(sarif.toFile());
        assertThat(log.path("version").asText()).isEqualTo("2.1.0");
        JsonNode run = log.path("runs").get(0);
        assertThat(run.path("tool").path("driver").path("name").asText()).isEqualTo("Uplift");
        assertThat(run.path("originalUriBaseIds").path("SRCROOT").path("uri").asText()).startsWith("file:/").endsWith("/");
        List<String> ruleIds = new ArrayList<>();
        run.path("tool").path("driver").path("rules").forEach(r -> ruleIds.add(r.path("id").asText()));
        assertThat(ruleIds).doesNotHaveDuplicates();

        JsonNode assessment = new ObjectMapper().readTree(json.toFile());
        int findings = 0;
        for (JsonNode c : assessment.path("components")) {
            for (JsonNode f : c.path("findings")) { // a result per line: a grouped finding gives one per occurrence
                findings += Math.max(1, f.path("occurrences").size());
            }
        }
        assertThat(run.path("results").size()).isEqualTo(findings).isPositive();
        Set<String> levels = new HashSet<>();
        for (JsonNode r : run.path("results")) {
            assertThat(ruleIds.get(r.path("ruleIndex").asInt())).isEqualTo(r.path("ruleId").asText());
            levels.add(r.path("level").asText());
            JsonNode location = r.path("locations").get(0);
            if (location.has("physicalLocation")) {
                JsonNode physical = location.path("physicalLocation");
                assertThat(physical.path("artifactLocation").path("uriBaseId").asText()).isEqualTo("SRCROOT");
                assertThat(physical.path("artifactLocation").path("uri").asText()).doesNotStartWith("/");
                assertThat(physical.path("region").path("startLine").asInt()).isPositive();
            } else {
                assertThat(location.path("logicalLocations").get(0).path("kind").asText()).isEqualTo("module");
            }
        }
        assertThat(levels).contains("error", "warning").isSubsetOf("error", "warning", "note");
        JsonNode sql = null;
        for (JsonNode r : run.path("results")) {
            if (r.path("ruleId").asText().equals("SEC-PY-SQL-INJECTION")) {
                sql = r;
            }
        }
        assertThat(sql).isNotNull();
        assertThat(sql.path("level").asText()).isEqualTo("error");
        assertThat(sql.path("properties").path("cwe").asText()).isEqualTo("CWE-89");
    }

    @Test
    void writesAPdfReportOfTheStoredAssessmentAndPlan() throws Exception {
        String sample = TestRepositories.SAMPLE.toString();
        assertThat(cli.run("plan", sample)).as(cli.err()).isZero();
        Path pdf = work.resolve("report.pdf");
        assertThat(cli.run("export", sample, "--pdf", pdf.toString())).as(cli.err()).isZero();
        assertThat(cli.out()).contains("PDF report written to " + pdf);
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf.toString());
        try {
            assertThat(reader.getNumberOfPages()).isGreaterThan(10);
            assertThat(new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(1))
                    .contains("sample-order-platform");
        } finally {
            reader.close();
        }
    }

    @Test
    void writesFindingsAndPlanCsvForSpreadsheets() throws Exception {
        String sample = TestRepositories.SAMPLE.toString();
        assertThat(cli.run("plan", sample)).as(cli.err()).isZero();
        Path findings = work.resolve("findings.csv");
        Path plan = work.resolve("plan.csv");
        assertThat(cli.run("export", sample, "--findings-csv", findings.toString(), "--plan-csv", plan.toString()))
                .as(cli.err()).isZero();
        byte[] bytes = Files.readAllBytes(findings);
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        List<String> lines = new String(bytes, StandardCharsets.UTF_8).substring(1).lines().toList();
        assertThat(lines.get(0)).isEqualTo("component,tier,severity,category,rule,cwe,file,line,message,evidence,"
                + "effort_minutes,exemption,confidence");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("analytics,P4,critical,security,SEC-PY-SQL-INJECTION,"
                + "CWE-89,analytics/history.py,11,"));
        assertThat(Files.readString(plan, StandardCharsets.UTF_8)).contains("phase");
    }

    @Test
    void namesWhatIsMissingWithTheDocumentedExitCodes() throws Exception {
        Path empty = Files.createDirectories(work.resolve("never-assessed"));
        assertThat(cli.run("export", empty.toString())).isEqualTo(2);
        assertThat(cli.err()).contains("name at least one export");
        assertThat(cli.run("export", empty.toString(), "--sarif", work.resolve("x.sarif").toString())).isEqualTo(3);
        assertThat(cli.err()).contains("no stored assessment").contains("uplift assess");
        assertThat(Files.exists(work.resolve("x.sarif"))).isFalse();
    }
}
