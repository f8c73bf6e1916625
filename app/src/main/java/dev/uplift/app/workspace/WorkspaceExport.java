package dev.uplift.app.workspace;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.uplift.analysis.engine.AssessmentEngine;
import dev.uplift.app.kpi.KpiStore;
import dev.uplift.app.plan.PlanStore;
import dev.uplift.app.standard.StandardStore;
import dev.uplift.app.standard.StandardsJson;
import dev.uplift.app.store.AssessmentStore;
import dev.uplift.app.store.EvidenceStore;
import dev.uplift.app.store.ManualEvidence;
import dev.uplift.app.store.TierOverride;
import dev.uplift.app.store.TierOverrideStore;
import dev.uplift.model.AssessmentSummary;
import dev.uplift.model.ProductionStandards;
import dev.uplift.model.kpi.KpiMeasurement;
import dev.uplift.model.plan.PlanEdits;
import dev.uplift.model.plan.UpgradePlan;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Writes everything stored of one repository — every assessment, every plan version, the plan edits,
 * manual evidence, operational KPIs and the standards the assessments were judged against — as one
 * workspace file. Assessments are written one at a time, so memory stays at one assessment. The file
 * names the repository by its folder name only: no absolute path leaves the workstation.
 */
public final class WorkspaceExport {
    private final AssessmentStore assessments;
    private final EvidenceStore evidenceNotes;
    private final TierOverrideStore tiers;
    private final PlanStore plans;
    private final KpiStore kpis;
    private final StandardStore standards;

    public WorkspaceExport(AssessmentStore assessments, EvidenceStore evidence, TierOverrideStore tiers, PlanStore plans,
                           KpiStore kpis, StandardStore standards) {
        this.assessments = assessments;
        this.evidenceNotes = evidence;
        this.tiers = tiers;
        this.plans = plans;
        this.kpis = kpis;
        this.standards = standards;
    }

    /** What a workspace file holds. */
    public record Contents(String repository, int assessments, int plans, int edits, int tierOverrides, int evidence,
                           int kpis, int standards) {
    }

    /**
     * Writes the repository's workspace; the file appears whole or not at all.
     *
     * @throws IllegalStateException when nothing of the repository is stored
     */
    public Contents write(String repositoryKey, Path file) throws IOException {
        List<AssessmentSummary> history = new ArrayList<>(assessments.history(repositoryKey));
        if (history.isEmpty()) {
            throw new IllegalStateException("no stored assessment of " + repositoryKey + "; run 'uplift assess "
                    + repositoryKey + "' first");
        }
        Collections.reverse(history); // oldest first, as they were made
        String name = WorkspaceNames.repositoryName(repositoryKey);
        Path target = file.toAbsolutePath();
        Files.createDirectories(target.getParent());
        // beside the target, so the move is atomic; not createTempFile, whose owner-only mode would stick
        Path partial = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".partial");
        try {
            Contents contents;
            try (OutputStream out = Files.newOutputStream(partial);
                 JsonGenerator gen = WorkspaceFormat.JSON.createGenerator(out).useDefaultPrettyPrinter()) {
                gen.writeStartObject();
                gen.writeStringField("format", WorkspaceFormat.FORMAT);
                gen.writeNumberField("schemaVersion", WorkspaceFormat.SCHEMA_VERSION);
                gen.writeStringField("repository", name);
                gen.writeStringField("exportedAt", Instant.now().toString());
                gen.writeStringField("engineVersion", AssessmentEngine.VERSION);
                ProductionStandards active = standards.active();
                gen.writeStringField("activeStandard", active.name());
                Set<String> judgedBy = writeAssessments(gen, history, name);
                int standardCount = writeStandards(gen, judgedBy, active);
                List<UpgradePlan> planHistory = plans.history(repositoryKey);
                gen.writeArrayFieldStart("plans");
                for (UpgradePlan plan : planHistory) {
                    ObjectNode node = WorkspaceFormat.JSON.valueToTree(plan);
                    node.put("repository", name);
                    gen.writeTree(node);
                }
                gen.writeEndArray();
                int edits = writeEdits(gen, plans.edits(repositoryKey));
                var overrides = tiers.all(repositoryKey).values();
                gen.writeArrayFieldStart("tierOverrides");
                for (TierOverride o : overrides) {
                    gen.writeStartObject();
                    gen.writeStringField("componentId", o.componentId());
                    gen.writeStringField("tier", o.tier().name());
                    gen.writeStringField("reason", o.reason());
                    gen.writeStringField("recordedAt", o.recordedAt().toString());
                    gen.writeEndObject();
                }
                gen.writeEndArray();
                List<ManualEvidence> evidence = evidenceNotes.all(repositoryKey);
                gen.writeArrayFieldStart("evidence");
                for (ManualEvidence e : evidence) {
                    gen.writeStartObject();
                    gen.writeStringField("checkId", e.checkId());
                    gen.writeStringField("note", e.note());
                    gen.writeStringField("recordedAt", e.recordedAt().toString());
                    gen.writeEndObject();
                }
                gen.writeEndArray();
                List<KpiMeasurement> measurements = kpis.history(repositoryKey);
                gen.writeArrayFieldStart("kpis");
                for (KpiMeasurement m : measurements) {
                    gen.writeStartObject();
                    gen.writeStringField("kpi", m.kpi().id());
                    gen.writeNumberField("value", m.value());
                    gen.writeStringField("measuredOn", m.measuredOn().toString());
                    gen.writeEndObject();
                }
                gen.writeEndArray();
                gen.writeEndObject();
                contents = new Contents(name, history.size(), planHistory.size(), edits, overrides.size(), evidence.size(),
                        measurements.size(), standardCount);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return contents;
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** The active standard and every standard an assessment names, as far as this workstation has them. */
    private int writeStandards(JsonGenerator gen, Set<String> judgedBy, ProductionStandards active)
            throws IOException {
        Set<String> names = new LinkedHashSet<>();
        names.add(active.name());
        names.addAll(judgedBy);
        gen.writeArrayFieldStart("standards");
        int n = 0;
        for (String standardName : names) {
            var standard = standardName.equals(active.name()) ? Optional.of(active) : standards.load(standardName);
            if (standard.isPresent()) {
                gen.writeTree(WorkspaceFormat.JSON.readTree(StandardsJson.write(standard.get())));
                n++;
            }
        }
        gen.writeEndArray();
        return n;
    }

    /** Writes the assessments one by one; returns the names of the standards they were judged against. */
    private Set<String> writeAssessments(JsonGenerator gen, List<AssessmentSummary> history, String name)
            throws IOException {
        Set<String> standardNames = new TreeSet<>();
        gen.writeArrayFieldStart("assessments");
        for (AssessmentSummary s : history) {
            var assessment = assessments.load(s.id());
            if (assessment.isPresent()) {
                ObjectNode node = WorkspaceFormat.JSON.valueToTree(assessment.get());
                node.put("repository", name);
                gen.writeTree(node);
                standardNames.add(assessment.get().standard());
            }
        }
        gen.writeEndArray();
        return standardNames;
    }

    private static int writeEdits(JsonGenerator gen, PlanEdits edits) throws IOException {
        Set<String> steps = new TreeSet<>(edits.pinnedStarts().keySet());
        steps.addAll(edits.effortHours().keySet());
        steps.addAll(edits.excluded());
        steps.addAll(edits.waitsFor().keySet());
        steps.addAll(edits.demand().keySet());
        gen.writeArrayFieldStart("planEdits");
        for (String step : steps) {
            gen.writeStartObject();
            gen.writeStringField("step", step);
            Integer pin = edits.pinnedStarts().get(step);
            if (pin != null) {
                gen.writeNumberField("pinnedStart", pin);
            }
            Double effort = edits.effortHours().get(step);
            if (effort != null) {
                gen.writeNumberField("effortHours", effort);
            }
            gen.writeBooleanField("excluded", edits.excluded().contains(step));
            List<String> waits = edits.waitsFor().get(step);
            if (waits != null) {
                gen.writeArrayFieldStart("waitsFor");
                for (String prerequisite : waits) {
                    gen.writeString(prerequisite);
                }
                gen.writeEndArray();
            }
            Map<String, Integer> people = edits.demand().get(step);
            if (people != null) {
                gen.writeObjectFieldStart("demand");
                for (var e : people.entrySet()) {
                    gen.writeNumberField(e.getKey(), e.getValue());
                }
                gen.writeEndObject();
            }
            gen.writeEndObject();
        }
        gen.writeEndArray();
        return steps.size();
    }
}
