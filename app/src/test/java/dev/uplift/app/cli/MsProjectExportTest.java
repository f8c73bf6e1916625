package dev.uplift.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.uplift.app.TestRepositories;
import net.sf.mpxj.ProjectFile;
import net.sf.mpxj.Relation;
import net.sf.mpxj.Task;
import net.sf.mpxj.mspdi.MSPDIReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * export --msproject: the sample's plan as Microsoft Project XML, read back by MPXJ (the reader
 * ProjectLibre and other project tools use): phases, steps under them, links, critical path, resources.
 */
class MsProjectExportTest {
    @TempDir
    Path work;
    @RegisterExtension
    final CliRunner cli = new CliRunner();

    @Test
    void aProjectToolReadsPhasesStepsLinksAndResources() throws Exception {
        String sample = TestRepositories.SAMPLE.toString();
        Path json = work.resolve("plan.json");
        Path xml = work.resolve("plan.xml");
        assertThat(cli.run("plan", sample, "--json", json.toString(), "--start", "2026-12-01")).as(cli.err()).isZero();
        assertThat(cli.run("export", sample, "--msproject", xml.toString())).as(cli.err()).isZero();
        JsonNode plan = new ObjectMapper().readTree(json.toFile());
        int openSteps = 0;
        for (JsonNode s : plan.path("steps")) {
            String status = s.path("status").asText();
            openSteps += status.equals("planned") || status.equals("regressed") ? 1 : 0;
        }

        ProjectFile project = new MSPDIReader().read(xml.toFile());
        List<Task> phases = project.getTasks().stream().filter(t -> t.getOutlineLevel() != null
                && t.getOutlineLevel() == 1).toList();
        assertThat(phases).hasSize(plan.path("phases").size()).extracting(Task::getName).contains("Infrastructure");
        List<Task> steps = project.getTasks().stream().filter(t -> t.getOutlineLevel() != null
                && t.getOutlineLevel() == 2).toList();
        assertThat(steps).hasSize(openSteps).isNotEmpty();
        assertThat(steps).allSatisfy(t -> {
            assertThat(t.getStart()).isNotNull();
            assertThat(t.getFinish()).isAfterOrEqualTo(t.getStart());
            assertThat(t.getParentTask()).isNotNull();
        });
        assertThat(steps).extracting(t -> t.getStart().toLocalDate()).contains(LocalDate.of(2026, 12, 1));
        long links = steps.stream().mapToLong(t -> t.getPredecessors().size()).sum();
        assertThat(links).isPositive();
        for (Task t : steps) {
            for (Relation r : t.getPredecessors()) {
                // MPXJ 13: the target of a predecessor relation is the task that comes first
                assertThat(r.getTargetTask().getFinish()).as(t.getName()).isBeforeOrEqualTo(t.getStart());
            }
        }
        assertThat(steps).anyMatch(t -> Boolean.TRUE.equals(t.getCritical()));
        List<String> skills = new ArrayList<>();
        plan.path("capacity").fieldNames().forEachRemaining(skills::add);
        assertThat(project.getResources()).extracting(net.sf.mpxj.Resource::getName).containsAll(skills);
        assertThat(project.getResourceAssignments()).isNotEmpty();
    }
}
