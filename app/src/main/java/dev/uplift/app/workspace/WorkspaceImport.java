package dev.uplift.app.workspace;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.uplift.app.kpi.KpiStore;
import dev.uplift.app.plan.PlanStore;
import dev.uplift.app.standard.StandardStore;
import dev.uplift.app.standard.StandardsJson;
import dev.uplift.app.store.AssessmentStore;
import dev.uplift.app.store.Database;
import dev.uplift.app.store.EvidenceStore;
import dev.uplift.app.store.TierOverrideStore;
import dev.uplift.app.store.ManualEvidence;
import dev.uplift.app.store.TierOverride;
import dev.uplift.model.Assessment;
import dev.uplift.model.Exemption;
import dev.uplift.model.ProductionStandards;
import dev.uplift.model.Tier;
import dev.uplift.model.kpi.KpiMeasurement;
import dev.uplift.model.kpi.OperationalKpi;
import dev.uplift.model.plan.UpgradePlan;
import org.jdbi.v3.core.Handle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Imports a workspace file into this workstation's database in one transaction: the file is read as a
 * stream and checked element by element while it is written, and the first problem rolls everything
 * back, so a bad or hostile file leaves the database as it was. Thread-safe.
 */
public final class WorkspaceImport {
    private final Database database;

    public WorkspaceImport(Database database) {
        this.database = database;
    }

    /**
     * What was imported.
     *
     * @param repository where the repository's results are now kept on this workstation
     * @param notes      what was read but deliberately not applied (kept standards, unknown fields)
     */
    public record Result(Path repository, WorkspaceExport.Contents contents, List<String> notes) {
    }

    /** Where the repository is on this workstation: a checkout given by the user, or a folder of imports. */
    @FunctionalInterface
    public interface Target {
        Path folderFor(String repositoryName) throws IOException;
    }

    public Result importFrom(Path file, Target target, Function<Path, String> repositoryKey)
            throws InvalidWorkspaceException {
        if (!Files.isRegularFile(file)) {
            throw new InvalidWorkspaceException(file + " is not a file");
        }
        try {
            if (Files.size(file) > WorkspaceFormat.MAX_BYTES) {
                throw new InvalidWorkspaceException(file + " is larger than 1 GiB; not a workspace Uplift writes");
            }
        } catch (IOException e) {
            throw new InvalidWorkspaceException("cannot read " + file + ": " + e.getMessage(), e);
        }
        try (JsonParser parser = WorkspaceFormat.JSON.createParser(file.toFile())) {
            String name = readHeader(parser, file);
            Path folder = target.folderFor(name);
            String key = repositoryKey.apply(folder);
            Reader reader = new Reader(parser, name, key);
            WorkspaceExport.Contents contents = database.jdbi().inTransaction(reader::readAll);
            Files.createDirectories(folder); // after the commit: a refused file leaves nothing behind
            return new Result(folder, contents, List.copyOf(reader.notes));
        } catch (JsonProcessingException e) {
            throw new InvalidWorkspaceException(file + " is not a readable workspace: " + e.getOriginalMessage()
                    + location(e), e);
        } catch (IOException e) {
            throw new InvalidWorkspaceException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads format, version and repository name, which must open the file, before anything is stored. */
    private static String readHeader(JsonParser parser, Path file) throws IOException, InvalidWorkspaceException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw new InvalidWorkspaceException(file + " is not an Uplift workspace: it is not a JSON object");
        }
        String format = null;
        Integer version = null;
        String repository = null;
        while (format == null || version == null || repository == null) {
            if (parser.nextToken() != JsonToken.FIELD_NAME) {
                break;
            }
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (field) {
                case "format" -> format = value == JsonToken.VALUE_STRING ? parser.getText() : "";
                case "schemaVersion" -> version = value == JsonToken.VALUE_NUMBER_INT ? parser.getIntValue() : -1;
                case "repository" -> repository = value == JsonToken.VALUE_STRING ? parser.getText() : null;
                default -> throw new InvalidWorkspaceException(file + " is not an Uplift workspace: it must begin with "
                        + "\"format\", \"schemaVersion\" and \"repository\", not \"" + field + "\"");
            }
        }
        if (!WorkspaceFormat.FORMAT.equals(format)) {
            throw new InvalidWorkspaceException(file + " is not an Uplift workspace (\"format\" is not \""
                    + WorkspaceFormat.FORMAT + "\")");
        }
        if (version == null || version != WorkspaceFormat.SCHEMA_VERSION) {
            throw new InvalidWorkspaceException(file + " has workspace schema version " + version + "; this Uplift "
                    + "reads version " + WorkspaceFormat.SCHEMA_VERSION
                    + (version != null && version > WorkspaceFormat.SCHEMA_VERSION ? ": update Uplift to import it" : ""));
        }
        if (!WorkspaceNames.isPlainName(repository)) {
            throw new InvalidWorkspaceException(file + ": \"repository\" must be a folder name, without '/', '\\' "
                    + "or '..': " + repository);
        }
        return repository;
    }

    private static String location(JsonProcessingException e) {
        return e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
    }

    /** Reads the body within one transaction. */
    private static final class Reader {
        private final JsonParser parser;
        private final String name;
        private final String key;
        private final List<String> notes = new ArrayList<>();
        private final Set<String> assessmentIds = new HashSet<>();
        private String engineVersion = "imported";
        private int assessments;
        private int plans;
        private int edits;
        private int overrides;
        private int evidence;
        private int kpis;
        private int standards;

        Reader(JsonParser parser, String name, String key) {
            this.parser = parser;
            this.name = name;
            this.key = key;
        }

        WorkspaceExport.Contents readAll(Handle h) throws InvalidWorkspaceException {
            try {
                return readFields(h);
            } catch (JsonProcessingException e) {
                throw new InvalidWorkspaceException("not a readable workspace: " + e.getOriginalMessage()
                        + location(e), e);
            } catch (IOException e) {
                throw new InvalidWorkspaceException("cannot read the workspace: " + e.getMessage(), e);
            }
        }

        private WorkspaceExport.Contents readFields(Handle h) throws InvalidWorkspaceException, IOException {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                switch (field) {
                    case "exportedAt", "activeStandard" -> parser.skipChildren();
                    case "engineVersion" -> engineVersion = text(parser.getValueAsString(), "engineVersion", 20);
                    case "standards" -> each(field, (node, at) -> standard(h, node, at));
                    case "assessments" -> each(field, (node, at) -> assessment(h, node, at));
                    case "plans" -> each(field, (node, at) -> plan(h, node, at));
                    case "planEdits" -> each(field, (node, at) -> edit(h, node, at));
                    case "tierOverrides" -> each(field, (node, at) -> tierOverride(h, node, at));
                    case "evidence" -> each(field, (node, at) -> evidence(h, node, at));
                    case "kpis" -> each(field, (node, at) -> kpi(h, node, at));
                    default -> {
                        parser.skipChildren();
                        notes.add("ignored the unknown field \"" + field + "\"");
                    }
                }
            }
            if (assessments == 0) {
                throw new InvalidWorkspaceException("the workspace holds no assessment; nothing to review");
            }
            AssessmentStore.touchRecent(h, key);
            return new WorkspaceExport.Contents(name, assessments, plans, edits, overrides, evidence, kpis, standards);
        }

        private interface Element {
            void read(JsonNode node, String where) throws InvalidWorkspaceException, IOException;
        }

        /** Reads an array one element at a time, so memory holds one assessment, not the file. */
        private void each(String field, Element element) throws InvalidWorkspaceException, IOException {
            if (parser.currentToken() != JsonToken.START_ARRAY) {
                throw new InvalidWorkspaceException("\"" + field + "\" must be an array");
            }
            int i = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                String where = field + "[" + i++ + "]";
                JsonNode node = WorkspaceFormat.JSON.readTree(parser);
                if (!node.isObject()) {
                    throw new InvalidWorkspaceException(where + " must be an object");
                }
                element.read(node, where);
            }
        }

        private void assessment(Handle h, JsonNode node, String where) throws InvalidWorkspaceException, IOException {
            sameRepository(node, where);
            ((ObjectNode) node).put("repository", key);
            Assessment a = bind(node, Assessment.class, where);
            AssessmentChecks.check(a, where);
            if (!assessmentIds.add(a.id()) || AssessmentStore.exists(h, a.id())) {
                throw new InvalidWorkspaceException(where + ": assessment " + a.id() + " is already in this database; "
                        + "was the file imported before?");
            }
            AssessmentStore.insert(h, a, engineVersion);
            assessments++;
        }

        private void plan(Handle h, JsonNode node, String where) throws InvalidWorkspaceException, IOException {
            sameRepository(node, where);
            ((ObjectNode) node).put("repository", key);
            UpgradePlan plan = bind(node, UpgradePlan.class, where);
            if (plan.id() == null || !AssessmentChecks.ID.matcher(plan.id()).matches()) {
                throw AssessmentChecks.invalid(where + ".id", "must be 1 to 36 letters, digits, '.', '_' or '-'");
            }
            AssessmentChecks.required(plan.createdAt(), where + ".createdAt");
            if (!assessmentIds.contains(plan.assessmentId())) {
                throw AssessmentChecks.invalid(where + ".assessmentId", "names no assessment of the file: "
                        + plan.assessmentId());
            }
            if (PlanStore.exists(h, plan.id())) {
                throw new InvalidWorkspaceException(where + ": plan " + plan.id() + " is already in this database");
            }
            PlanStore.insert(h, plan);
            plans++;
        }

        private void edit(Handle h, JsonNode node, String where) throws InvalidWorkspaceException {
            String step = text(node.path("step").textValue(), where + ".step", 4200);
            JsonNode pin = node.path("pinnedStart");
            JsonNode effort = node.path("effortHours");
            if (!pin.isMissingNode() && !pin.isNull() && (!pin.canConvertToInt() || pin.asInt() < 0)) {
                throw AssessmentChecks.invalid(where + ".pinnedStart", "must be a working day, 0 or more");
            }
            if (!effort.isMissingNode() && !effort.isNull() && (!effort.isNumber() || !(effort.asDouble() > 0))) {
                throw AssessmentChecks.invalid(where + ".effortHours", "must be a number of hours above 0");
            }
            List<String> waitsFor = new ArrayList<>();
            for (JsonNode id : node.path("waitsFor")) {
                waitsFor.add(text(id.textValue(), where + ".waitsFor[]", 4200));
            }
            Map<String, Integer> demand = new LinkedHashMap<>();
            for (var e : node.path("demand").properties()) {
                if (!e.getValue().canConvertToInt() || e.getValue().asInt() < 0) {
                    throw AssessmentChecks.invalid(where + ".demand." + e.getKey(), "must be a number of people");
                }
                demand.put(text(e.getKey(), where + ".demand", 200), e.getValue().asInt());
            }
            PlanStore.replaceEdit(h, key, step, pin.isNumber() ? pin.asInt() : null,
                    effort.isNumber() ? effort.asDouble() : null, node.path("excluded").asBoolean(false), waitsFor, demand);
            edits++;
        }

        private void tierOverride(Handle h, JsonNode node, String where) throws InvalidWorkspaceException {
            String component = text(node.path("componentId").textValue(), where + ".componentId", 4096);
            Tier tier;
            try {
                tier = Tier.valueOf(node.path("tier").asText(""));
            } catch (IllegalArgumentException e) {
                throw AssessmentChecks.invalid(where + ".tier", "must be P1, P2, P3 or P4");
            }
            String reason = text(node.path("reason").textValue(), where + ".reason", 1000);
            TierOverrideStore.merge(h, key, new TierOverride(component, tier, reason,
                    parse(node.path("recordedAt").asText(null), Instant::parse, where + ".recordedAt")));
            overrides++;
        }

        private void evidence(Handle h, JsonNode node, String where) throws InvalidWorkspaceException {
            String check = text(node.path("checkId").textValue(), where + ".checkId", 100);
            String note = text(node.path("note").textValue(), where + ".note", 4000);
            EvidenceStore.merge(h, key, new ManualEvidence(check, note,
                    parse(node.path("recordedAt").asText(null), Instant::parse, where + ".recordedAt")));
            evidence++;
        }

        private void kpi(Handle h, JsonNode node, String where) throws InvalidWorkspaceException {
            OperationalKpi kpi = OperationalKpi.byId(node.path("kpi").asText("")).orElseThrow(() ->
                    AssessmentChecks.invalid(where + ".kpi", "is not a KPI Uplift knows: " + node.path("kpi").asText("")));
            JsonNode value = node.path("value");
            if (!value.isNumber() || !Double.isFinite(value.asDouble())) {
                throw AssessmentChecks.invalid(where + ".value", "must be a number");
            }
            LocalDate on = parse(node.path("measuredOn").asText(null), LocalDate::parse, where + ".measuredOn");
            KpiStore.merge(h, key, List.of(new KpiMeasurement(kpi, value.asDouble(), on)));
            kpis++;
        }

        /** Adds a standard this workstation lacks; one it has under the same name is kept as it is. */
        private void standard(Handle h, JsonNode node, String where) throws InvalidWorkspaceException {
            ProductionStandards standard;
            try {
                standard = StandardsJson.parse(node.toString());
            } catch (StandardsJson.InvalidStandardException e) {
                throw new InvalidWorkspaceException(where + ": " + e.getMessage(), e);
            }
            for (int i = 0; i < standard.exemptions().size(); i++) {
                Exemption x = standard.exemptions().get(i);
                if (x.file() != null) {
                    AssessmentChecks.path(x.file(), where + ".exemptions[" + i + "].file");
                }
            }
            var stored = StandardStore.stored(h, standard.name());
            boolean builtIn = standard.name().equals(ProductionStandards.defaults().name());
            ProductionStandards mine = stored.orElse(builtIn ? ProductionStandards.defaults() : null);
            if (mine == null) {
                StandardStore.save(h, standard);
                standards++;
            } else if (!mine.equals(standard)) {
                notes.add("kept this workstation's standard \"" + standard.name() + "\"; the file's differs from it "
                        + "(the imported scores were judged against the file's)");
            }
        }

        private void sameRepository(JsonNode node, String where) throws InvalidWorkspaceException {
            if (!name.equals(node.path("repository").asText(null))) {
                throw AssessmentChecks.invalid(where + ".repository", "must be \"" + name + "\", the workspace's "
                        + "repository");
            }
        }

        private static <T> T bind(JsonNode node, Class<T> type, String where) throws InvalidWorkspaceException {
            try {
                return WorkspaceFormat.JSON.treeToValue(node, type);
            } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
                String why = e instanceof JsonProcessingException j ? j.getOriginalMessage() : String.valueOf(e.getMessage());
                throw new InvalidWorkspaceException(where + " is not a valid " + type.getSimpleName().toLowerCase(
                        Locale.ROOT) + ": " + why, e);
            }
        }

        private static String text(String value, String where, int maxLength) throws InvalidWorkspaceException {
            if (value == null || value.isBlank()) {
                throw AssessmentChecks.invalid(where, "is missing");
            }
            if (value.length() > maxLength) {
                throw AssessmentChecks.invalid(where, "is longer than " + maxLength + " characters");
            }
            return value;
        }

        private static <T> T parse(String text, Function<String, T> parse, String where)
                throws InvalidWorkspaceException {
            if (text == null) {
                throw AssessmentChecks.invalid(where, "is missing");
            }
            try {
                return parse.apply(text);
            } catch (DateTimeParseException e) {
                throw AssessmentChecks.invalid(where, "is not a date: " + text);
            }
        }
    }
}
