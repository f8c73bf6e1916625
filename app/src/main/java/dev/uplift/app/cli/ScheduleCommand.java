package dev.uplift.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.uplift.model.schedule.Activity;
import dev.uplift.model.schedule.Schedule;
import dev.uplift.model.schedule.Scheduler;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "schedule", mixinStandardHelpOptions = true,
        description = {"Level a list of steps drafted elsewhere under a capacity, as short as it can be.",
                "Input: {\"capacity\": {\"backend\": 2}, \"steps\": [{\"id\", \"title\", \"durationDays\", \"demand\", "
                        + "\"prerequisites\"}]}. Output: the same steps with startDay/endDay, plus makespanDays."})
final class ScheduleCommand implements Callable<Integer> {
    private static final long MAX_BYTES = 16L * 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Parameters(index = "0", paramLabel = "STEPS.json", description = "The steps to schedule.")
    Path input;

    @Option(names = "--json", paramLabel = "FILE", description = "Write the scheduled steps as JSON.")
    Path json;

    private final PrintWriter out;

    ScheduleCommand(PrintWriter out) {
        this.out = out;
    }

    @Override
    public Integer call() throws IOException {
        JsonNode root = read(input);
        Path jsonFile = json == null ? null : Inputs.outputFile(json);
        Map<String, Integer> capacity = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : root.path("capacity").properties()) {
            capacity.put(e.getKey(), wholeNumber(e.getValue(), "capacity." + e.getKey()));
        }
        JsonNode steps = root.path("steps");
        if (!steps.isArray()) {
            throw new InputException(input + ": \"steps\" must be an array");
        }
        List<Activity> activities = new ArrayList<>();
        for (JsonNode step : steps) {
            activities.add(activity(step));
        }
        Schedule schedule;
        try {
            schedule = new Scheduler().schedule(activities, capacity);
        } catch (IllegalArgumentException e) {
            throw new InputException(input + ": " + e.getMessage());
        }
        ObjectNode result = JSON.createObjectNode();
        result.set("capacity", root.path("capacity"));
        ArrayNode outSteps = result.putArray("steps");
        for (JsonNode step : steps) {
            ObjectNode copy = ((ObjectNode) step).deepCopy();
            int start = schedule.starts().get(step.get("id").asText());
            copy.put("startDay", start);
            copy.put("endDay", start + step.path("durationDays").asInt());
            outSteps.add(copy);
        }
        result.put("makespanDays", schedule.makespan());
        ArrayNode critical = result.putArray("criticalPath");
        schedule.criticalPath().forEach(critical::add);
        result.put("lowerBoundDays", schedule.lowerBound());
        for (JsonNode s : outSteps) {
            out.printf(Locale.ROOT, "%-24s days %3d–%-3d %s%n", s.get("id").asText(), s.get("startDay").asInt(),
                    s.get("endDay").asInt(), s.path("title").asText(""));
        }
        out.printf("%d steps in %d working days (no schedule can be shorter than %d); critical path: %s%n",
                activities.size(), schedule.makespan(), schedule.lowerBound(), String.join(" → ", schedule.criticalPath()));
        if (jsonFile != null) {
            Files.writeString(jsonFile, JSON.writeValueAsString(result));
            out.println("JSON written to " + jsonFile);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static JsonNode read(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                throw new InputException("no such file: " + file);
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new InputException(file + " is larger than 16 MiB");
            }
            JsonNode root = JSON.readTree(file.toFile());
            if (root == null || !root.isObject()) {
                throw new InputException(file + " is not a JSON object");
            }
            return root;
        } catch (IOException e) {
            throw new InputException(file + " is not valid JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    private Activity activity(JsonNode step) {
        if (!step.hasNonNull("id")) {
            throw new InputException(input + ": every step needs an \"id\"");
        }
        String id = step.get("id").asText();
        Map<String, Integer> demand = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : step.path("demand").properties()) {
            demand.put(e.getKey(), wholeNumber(e.getValue(), id + ".demand." + e.getKey()));
        }
        List<String> prerequisites = new ArrayList<>();
        step.path("prerequisites").forEach(p -> prerequisites.add(p.asText()));
        Integer release = step.hasNonNull("releaseDay") ? wholeNumber(step.get("releaseDay"), id + ".releaseDay") : null;
        return new Activity(id, wholeNumber(step.path("durationDays"), id + ".durationDays"), demand, prerequisites,
                release);
    }

    private int wholeNumber(JsonNode node, String where) {
        if (!node.canConvertToInt() || node.asInt() < 0 || !node.isIntegralNumber()) {
            throw new InputException(input + ": " + where + " must be a whole number, 0 or more");
        }
        return node.asInt();
    }
}
