package dev.uplift.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.uplift.app.TestRepositories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** plan, gate, schedule and standard: the contracts of issue 6. */
class PlanCommandsTest {
    @TempDir
    Path work;
    @RegisterExtension
    final CliRunner cli = new CliRunner();

    private Path sampleCopy() throws IOException {
        Path copy = work.resolve("sample");
        try (Stream<Path> files = Files.walk(TestRepositories.SAMPLE)) {
            for (Path p : files.toList()) {
                Path target = copy.resolve(TestRepositories.SAMPLE.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return copy;
    }

    @Test
    void planWritesTheDocumentedJson() throws Exception {
        Path json = work.resolve("plan.json");
        assertThat(cli.run("plan", TestRepositories.SAMPLE.toString(), "--json", json.toString(), "--start", "2026-12-01"))
                .as(cli.err()).isZero();
        JsonNode plan = new ObjectMapper().readTree(json.toFile());
        assertThat(names(plan)).contains("capacity", "phases", "steps", "criticalPath", "makespanDays", "readyBy");
        assertThat(plan.path("capacity").path("backend").asInt()).isEqualTo(2);
        assertThat(names(plan.path("phases").get(0))).containsExactly("name", "startDay", "endDay");
        assertThat(plan.path("phases").get(0).path("name").asText()).isEqualTo("Infrastructure");
        JsonNode step = plan.path("steps").get(0);
        assertThat(names(step)).contains("id", "componentId", "tier", "title", "category", "priority", "risk",
                "effortHours", "durationDays", "demand", "prerequisites", "phase", "startDay", "endDay", "validation",
                "status");
        assertThat(step.path("status").asText()).isEqualTo("planned");
        assertThat(plan.path("makespanDays").asInt()).isPositive();
    }

    @Test
    void scenariosCompareTheSamePlanForOtherTeams() throws Exception {
        Path bigger = Files.writeString(work.resolve("bigger.json"), "{\"skills\": {\"backend\": {\"people\": 4, "
                + "\"focusHoursPerDay\": 6}, \"frontend\": {\"people\": 1, \"focusHoursPerDay\": 6}, \"qa\": "
                + "{\"people\": 2, \"focusHoursPerDay\": 6}}}");
        Path json = work.resolve("scenarios.json");
        assertThat(cli.run("plan", TestRepositories.SAMPLE.toString(), "--compare", bigger.toString(), "--json",
                json.toString())).as(cli.err()).isZero();
        assertThat(cli.out()).contains("Scenarios", "BINDING SKILL", "backend 4, frontend 1, qa 2");
        JsonNode scenarios = new ObjectMapper().readTree(json.toFile()).path("scenarios");
        assertThat(scenarios).hasSize(2);
        for (JsonNode s : scenarios) {
            assertThat(s.fieldNames()).toIterable().containsExactly("team", "makespanDays", "readyBy", "personDays",
                    "bindingSkill");
        }
        assertThat(scenarios.get(1).path("makespanDays").asInt()).isLessThan(scenarios.get(0).path("makespanDays").asInt());
        assertThat(scenarios.get(1).path("personDays").asInt()).isEqualTo(scenarios.get(0).path("personDays").asInt());
    }

    @Test
    void planIsFeasibleAndPutsInfrastructureFirst() throws Exception {
        Path json = work.resolve("plan.json");
        assertThat(cli.run("plan", TestRepositories.SAMPLE.toString(), "--json", json.toString())).isZero();
        JsonNode plan = new ObjectMapper().readTree(json.toFile());
        Map<String, JsonNode> steps = new HashMap<>();
        plan.path("steps").forEach(s -> steps.put(s.path("id").asText(), s));
        for (JsonNode s : plan.path("steps")) {
            for (JsonNode p : s.path("prerequisites")) {
                assertThat(s.path("startDay").asInt()).isGreaterThanOrEqualTo(steps.get(p.asText()).path("endDay").asInt());
            }
        }
        int lastInfrastructureBackend = 0;
        int firstCoreBackend = Integer.MAX_VALUE;
        for (JsonNode s : plan.path("steps")) {
            if (s.path("demand").has("backend")) {
                if (s.path("phase").asText().equals("Infrastructure")) { // with blockers of any tier
                    lastInfrastructureBackend = Math.max(lastInfrastructureBackend, s.path("endDay").asInt());
                } else if (s.path("phase").asText().equals("Core services")) {
                    firstCoreBackend = Math.min(firstCoreBackend, s.path("startDay").asInt());
                }
            }
        }
        assertThat(firstCoreBackend).isGreaterThanOrEqualTo(lastInfrastructureBackend);
    }

    @Test
    void fixingAFindingAndReassessingMarksItsStepVerified() throws Exception {
        Path repo = sampleCopy();
        assertThat(cli.run("plan", repo.toString())).isZero();
        Path token = repo.resolve("auth/src/main/java/com/acme/orders/auth/TokenService.java");
        Files.writeString(token, Files.readString(token).replace("\"k9Xq2LmP7vRt4WzA8nJc\"",
                "System.getenv(\"ORDERS_SIGNING_SECRET\")"));
        assertThat(cli.run("assess", repo.toString())).isZero();
        Path json = work.resolve("after.json");
        assertThat(cli.run("plan", repo.toString(), "--json", json.toString())).isZero();
        JsonNode step = stepOf(json, "auth:sec-hardcoded-credential");
        assertThat(step.path("status").asText()).isEqualTo("verified");
    }

    @Test
    void editsSurviveReplanning() throws Exception {
        assertThat(cli.run("plan", TestRepositories.SAMPLE.toString(), "--exclude", "analytics:coverage",
                "--estimate", "auth:coverage=30", "--pin", "dashboard:documentation=4")).as(cli.err()).isZero();
        Path json = work.resolve("again.json");
        assertThat(cli.run("plan", TestRepositories.SAMPLE.toString(), "--json", json.toString())).isZero();
        assertThat(stepOf(json, "analytics:coverage").path("status").asText()).isEqualTo("excluded");
        assertThat(stepOf(json, "auth:coverage").path("effortHours").asDouble()).isEqualTo(30.0);
        assertThat(stepOf(json, "dashboard:documentation").path("startDay").asInt()).isGreaterThanOrEqualTo(4);
        assertThat(cli.run("plan", TestRepositories.SAMPLE.toString(), "--pin", "x")).isEqualTo(3);
    }

    @Test
    void gateFailsTheSampleWithAListAndPassesALenientStandard() throws Exception {
        assertThat(cli.run("gate", TestRepositories.SAMPLE.toString())).isEqualTo(1);
        assertThat(cli.out()).contains("Gate failed").contains("order-auth").contains("security 4.7, needs 9.0");
        String thresholds = "\"thresholds\": {\"codeQuality\": 0, \"security\": 0, \"performance\": 0, "
                + "\"testCoverage\": 0, \"documentation\": 0}, \"requiredControls\": []";
        Path lenient = Files.writeString(work.resolve("lenient.json"), "{\"name\": \"lenient\", " + thresholds + "}");
        assertThat(cli.run("gate", TestRepositories.SAMPLE.toString(), "--standard", lenient.toString())).isEqualTo(1);
        assertThat(cli.out()).contains("blocker finding: SEC-ENV-FILE at worker/.env:2");
        Path exempting = Files.writeString(work.resolve("exempting.json"), "{\"name\": \"lenient\", " + thresholds
                + ", \"exemptions\": [{\"ruleId\": \"SEC-ENV-FILE\", \"file\": \"worker/.env\", "
                + "\"reason\": \"local broker only\", \"owner\": \"ops\"}]}");
        assertThat(cli.run("gate", TestRepositories.SAMPLE.toString(), "--standard", exempting.toString())).isZero();
        assertThat(cli.out()).contains("Gate passed");
        Path broken = Files.writeString(work.resolve("broken.json"), "{\"name\": 1, \"thresholds\": {\"x\": 1}}");
        assertThat(cli.run("gate", TestRepositories.SAMPLE.toString(), "--standard", broken.toString())).isEqualTo(3);
        assertThat(cli.err()).contains("unknown score 'x'");
    }

    @Test
    void scheduleLevelsStepsDraftedElsewhere() throws Exception {
        Path steps = Files.writeString(work.resolve("steps.json"), "{\"capacity\": {\"backend\": 1}, \"steps\": ["
                + "{\"id\": \"a\", \"title\": \"A\", \"durationDays\": 3, \"demand\": {\"backend\": 1}, \"prerequisites\": []},"
                + "{\"id\": \"b\", \"title\": \"B\", \"durationDays\": 2, \"demand\": {\"backend\": 1}, \"prerequisites\": [\"a\"]},"
                + "{\"id\": \"c\", \"title\": \"C\", \"durationDays\": 1, \"demand\": {\"backend\": 1}, \"prerequisites\": []}]}");
        Path result = work.resolve("scheduled.json");
        assertThat(cli.run("schedule", steps.toString(), "--json", result.toString())).as(cli.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(result.toFile());
        assertThat(json.path("makespanDays").asInt()).isEqualTo(6);
        assertThat(json.path("steps")).hasSize(3);
        assertThat(names(json.path("steps").get(0))).contains("id", "title", "durationDays", "startDay", "endDay");
        Path overloaded = Files.writeString(work.resolve("bad.json"), "{\"capacity\": {\"backend\": 1}, \"steps\": ["
                + "{\"id\": \"a\", \"durationDays\": 1, \"demand\": {\"backend\": 2}}]}");
        assertThat(cli.run("schedule", overloaded.toString())).isEqualTo(3);
        assertThat(cli.err()).contains("step a needs 2 backend but the team has 1");
    }

    @Test
    void standardsImportExportAndList() throws Exception {
        Path strict = Files.writeString(work.resolve("strict.json"), "{\"name\": \"strict\", \"thresholds\": {\"security\": 9.8}}");
        assertThat(cli.run("standard", "import", strict.toString())).isZero();
        assertThat(cli.run("standard", "list")).isZero();
        assertThat(cli.out()).contains("* strict").contains("  default");
        Path exported = work.resolve("exported.json");
        assertThat(cli.run("standard", "export", exported.toString())).isZero();
        assertThat(Files.readString(exported)).contains("\"security\" : 9.8");
        assertThat(cli.run("assess", TestRepositories.SAMPLE.toString())).isZero();
        assertThat(cli.out()).contains("standard 'strict'");
    }

    private static JsonNode stepOf(Path planJson, String id) throws IOException {
        for (JsonNode s : new ObjectMapper().readTree(planJson.toFile()).path("steps")) {
            if (s.path("id").asText().equals(id)) {
                return s;
            }
        }
        throw new AssertionError("no step " + id);
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    @Test
    void afterAndAssignAreStoredAndACycleIsRefusedWithExitThree() throws Exception {
        String sample = TestRepositories.SAMPLE.toString();
        java.nio.file.Path json = java.nio.file.Files.createTempFile("plan", ".json");
        assertThat(cli.run("plan", sample, "--assign", "auth:sec-hardcoded-credential=backend:2",
                "--after", "auth:documentation=auth:sec-hardcoded-credential", "--json", json.toString()))
                .as(cli.err()).isZero();
        com.fasterxml.jackson.databind.JsonNode steps = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(json.toFile()).path("steps");
        java.util.Map<String, com.fasterxml.jackson.databind.JsonNode> byId = new java.util.HashMap<>();
        steps.forEach(st -> byId.put(st.path("id").asText(), st));
        assertThat(byId.get("auth:sec-hardcoded-credential").path("demand").path("backend").asInt()).isEqualTo(2);
        assertThat(byId.get("auth:documentation").path("prerequisites").toString())
                .contains("auth:sec-hardcoded-credential");
        assertThat(cli.run("plan", sample, "--after", "auth:sec-hardcoded-credential=auth:documentation"))
                .isEqualTo(ExitCodes.INPUT);
        assertThat(cli.err()).contains("cycle");
        java.nio.file.Files.deleteIfExists(json);
    }
}
