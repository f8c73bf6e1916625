package dev.uplift.app.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.uplift.app.AppContext;
import dev.uplift.app.TestRepositories;
import dev.uplift.app.UpliftHome;
import dev.uplift.model.Assessment;
import dev.uplift.model.kpi.KpiMeasurement;
import dev.uplift.model.kpi.OperationalKpi;
import dev.uplift.model.plan.Team;
import dev.uplift.model.plan.UpgradePlan;
import dev.uplift.model.service.Exports;
import dev.uplift.model.service.ProgressListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A workspace exported on one workstation imports whole into a fresh database on another, and a bad
 * or hostile file is refused with a message naming what is wrong, leaving nothing behind.
 */
class WorkspaceRoundTripTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SAMPLE = TestRepositories.SAMPLE;

    @TempDir
    static Path exported;
    private static Path workspace;
    private static Assessment original;
    private static UpgradePlan originalPlan;

    @TempDir
    Path otherHome;
    private AppContext other;

    /** One workstation: assess, plan, edit a step, record evidence and a KPI, export. */
    @BeforeAll
    static void exportFromOneWorkstation() throws IOException {
        try (AppContext one = new AppContext(new UpliftHome(exported.resolve("home")), "one", SAMPLE)) {
            one.assessmentService().assess(SAMPLE, ProgressListener.NONE, () -> false);
            original = one.assessmentService().latest(SAMPLE).orElseThrow(); // as stored: times in microseconds
            UpgradePlan first = one.planService().plan(SAMPLE, Team.defaults(), LocalDate.of(2026, 12, 1));
            String step = first.steps().get(0).id();
            one.planService().edit(SAMPLE, Map.of(step, 3), Map.of(step, 12.5), Set.of(), Set.of());
            one.planService().assign(SAMPLE, step, Map.of("backend", 2));
            originalPlan = one.planService().replan(SAMPLE);
            one.assessmentService().recordEvidence(SAMPLE, "OPS-RUNBOOK", "runbook reviewed on 2026-11-20");
            one.assessmentService().overrideTier(SAMPLE, "analytics", dev.uplift.model.Tier.P2,
                    "the forecasts drive purchasing");
            original = one.assessmentService().latest(SAMPLE).orElseThrow();
            one.kpiService().record(SAMPLE, List.of(new KpiMeasurement(OperationalKpi.UPTIME, 99.95,
                    LocalDate.of(2026, 11, 1))));
            workspace = exported.resolve("sample.workspace.json");
            one.exports().export(Exports.Format.WORKSPACE_JSON, SAMPLE, workspace);
        }
    }

    private AppContext other() {
        if (other == null) {
            other = new AppContext(new UpliftHome(otherHome), "other", SAMPLE);
        }
        return other;
    }

    @AfterEach
    void close() {
        if (other != null) {
            other.close();
        }
    }

    @Test
    void importIntoAFreshDatabaseBringsBackEverythingExported() throws Exception {
        WorkspaceImport.Result result = other().importWorkspace(workspace, null);
        Path imported = result.repository();
        assertThat(imported).isEqualTo(otherHome.toRealPath().resolve("imported/sample-order-platform"));
        assertThat(imported).isDirectory();
        assertThat(result.contents().assessments()).isEqualTo(1);
        assertThat(result.contents().plans()).isEqualTo(3); // planned, re-planned after the assignment, and once more
        assertThat(result.contents().edits()).isEqualTo(1);
        assertThat(result.contents().tierOverrides()).isEqualTo(1);
        assertThat(result.contents().evidence()).isEqualTo(1);
        assertThat(result.contents().kpis()).isEqualTo(1);

        Assessment back = other().assessmentService().latest(imported).orElseThrow();
        assertThat(back).isEqualTo(new Assessment(original.id(), imported.toString(), original.assessedAt(),
                original.commit(), original.standard(), original.components(), original.warnings(),
                original.checklist()));
        UpgradePlan plan = other().planService().latestPlan(imported).orElseThrow();
        assertThat(plan.id()).isEqualTo(originalPlan.id());
        assertThat(plan.steps()).isEqualTo(originalPlan.steps());
        assertThat(plan.readyBy()).isEqualTo(originalPlan.readyBy());
        assertThat(other().kpiService().history(imported)).extracting(KpiMeasurement::value).containsExactly(99.95);
        assertThat(other().assessmentService().recentRepositories()).contains(imported);
        assertThat(back.components().stream().filter(c -> c.component().id().equals("analytics")).findFirst()
                .orElseThrow().component().tierReason()).isEqualTo("set by hand: the forecasts drive purchasing");

        // exported again from the second workstation, the file says the same
        Path again = otherHome.resolve("again.json");
        other().exports().export(Exports.Format.WORKSPACE_JSON, imported, again);
        assertThat(withoutExportTime(again)).isEqualTo(withoutExportTime(workspace));
        // and the edits work there: planning again on the second workstation keeps the assignment
        assertThat(other().planService().replan(imported).steps().stream().filter(st -> st.demand().equals(
                Map.of("backend", 2))).count()).as("the demand edit came along").isPositive();
    }

    @Test
    void aCheckoutGivenByTheUserKeepsTheImportedResults() throws Exception {
        Path checkout = Files.createDirectories(otherHome.resolve("checkouts/sample"));
        WorkspaceImport.Result result = other().importWorkspace(workspace, checkout);
        assertThat(result.repository()).isEqualTo(checkout);
        assertThat(other().assessmentService().history(checkout)).hasSize(1);
    }

    @Test
    void theFileNamesNoAbsolutePath() throws IOException {
        String text = Files.readString(workspace);
        assertThat(text).doesNotContain(SAMPLE.toString()).doesNotContain(exported.toString());
    }

    @Test
    void importingTheSameFileTwiceIsRefusedTheSecondTime() throws Exception {
        other().importWorkspace(workspace, null);
        assertRefused(workspace, "already in this database");
        assertThat(other().assessmentService().history(otherHome.resolve("imported/sample-order-platform"))).hasSize(1);
    }

    @Test
    void aNewerSchemaVersionIsRefusedWithWhatToDo() throws Exception {
        assertRefused(edited(root -> root.put("schemaVersion", 2)), "update Uplift");
    }

    @Test
    void aFileOfAnotherFormatIsRefused() throws Exception {
        assertRefused(edited(root -> root.put("format", "something-else")), "not an Uplift workspace");
        Path notJson = otherHome.resolve("binary.json");
        Files.write(notJson, new byte[] {0, 1, 2, (byte) 0xff, '{'});
        assertRefused(notJson, "not");
    }

    @Test
    void dataBeforeTheHeaderIsRefused() throws Exception {
        Path file = otherHome.resolve("reordered.json");
        Files.writeString(file, "{\"assessments\": [], \"format\": \"uplift-workspace\", \"schemaVersion\": 1}");
        assertRefused(file, "must begin with");
    }

    @Test
    void anAbsoluteFindingPathIsRefusedAndNothingIsStored() throws Exception {
        Path file = edited(root -> firstFinding(root).put("file", "/etc/passwd"));
        assertRefused(file, "findings[0].file is absolute");
    }

    @Test
    void aPathClimbingOutOfTheRepositoryIsRefused() throws Exception {
        assertRefused(edited(root -> component(root).with("component").put("path", "services/../../../etc")),
                "climbs out of the repository");
        assertRefused(edited(root -> firstFinding(root).put("file", "C:\\Windows\\system.ini")), "is absolute");
    }

    @Test
    void aRepositoryNameThatIsAPathIsRefused() throws Exception {
        assertRefused(edited(root -> root.put("repository", "../../etc")), "must be a folder name");
    }

    @Test
    void aBadSecondAssessmentUndoesTheGoodFirstOne() throws Exception {
        Path file = edited(root -> {
            ArrayNode assessments = (ArrayNode) root.get("assessments");
            ObjectNode copy = assessments.get(0).deepCopy();
            copy.put("id", "second");
            ((ObjectNode) copy.get("components").get(0)).put("coverageSource", "NOT-A-SOURCE");
            assessments.add(copy);
        });
        assertRefused(file, "assessments[1]");
    }

    @Test
    void aPlanOfAnAssessmentNotInTheFileIsRefused() throws Exception {
        assertRefused(edited(root -> ((ObjectNode) root.get("plans").get(0)).put("assessmentId", "elsewhere")),
                "names no assessment of the file");
    }

    @Test
    void anOversizedTextIsRefused() throws Exception {
        assertRefused(edited(root -> firstFinding(root).put("message", "x".repeat(WorkspaceFormat.MAX_STRING + 1))),
                "String value length");
    }

    @Test
    void aTruncatedFileIsRefusedWithTheLineAndNothingIsStored() throws Exception {
        String text = Files.readString(workspace);
        Path file = otherHome.resolve("truncated.json");
        Files.writeString(file, text.substring(0, text.length() * 2 / 3));
        assertRefused(file, "line");
    }

    @Test
    void aMissingFileSaysSo() {
        assertRefused(otherHome.resolve("absent.json"), "is not a file");
    }

    private void assertRefused(Path file, String why) {
        assertThatThrownBy(() -> other().importWorkspace(file, null))
                .isInstanceOf(InvalidWorkspaceException.class).hasMessageContaining(why);
        Path imported = otherHome.resolve("imported/sample-order-platform");
        if (!Files.isDirectory(imported)) { // after a refused first import: nothing at all
            assertThat(other().assessmentService().history(imported)).isEmpty();
            assertThat(other().assessmentService().recentRepositories()).isEmpty();
        }
    }

    private Path edited(Consumer<ObjectNode> edit) throws IOException {
        ObjectNode root = (ObjectNode) JSON.readTree(workspace.toFile());
        edit.accept(root);
        Path file = Files.createTempFile(otherHome, "edited", ".json");
        JSON.writeValue(file.toFile(), root);
        return file;
    }

    private static ObjectNode component(ObjectNode root) {
        return (ObjectNode) root.get("assessments").get(0).get("components").get(0);
    }

    private static ObjectNode firstFinding(ObjectNode root) {
        for (JsonNode c : root.get("assessments").get(0).get("components")) {
            if (!c.get("findings").isEmpty()) {
                return (ObjectNode) c.get("findings").get(0);
            }
        }
        throw new AssertionError("the sample has findings");
    }

    private static JsonNode withoutExportTime(Path file) throws IOException {
        ObjectNode root = (ObjectNode) JSON.readTree(file.toFile());
        root.remove("exportedAt");
        return root;
    }
}
