package dev.uplift.app.plan;

import com.fasterxml.jackson.databind.JsonNode;
import dev.uplift.model.plan.Team;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a team file: {@code {"skills": {"backend": {"people": 2, "focusHoursPerDay": 6}, …}}}.
 * Focus hours default to 6.
 */
public final class TeamFile {
    private TeamFile() {
    }

    /** The team in the same shape the reader takes. */
    public static String write(Team team) {
        var root = PlanJson.mapper().createObjectNode();
        var skills = root.putObject("skills");
        team.skills().forEach((name, skill) -> skills.putObject(name).put("people", skill.people())
                .put("focusHoursPerDay", skill.focusHoursPerDay()));
        return root.toString();
    }

    /** Reads a team written by {@link #write}; throws IOException naming what is wrong. */
    public static Team parse(String json) throws IOException {
        return fromSkills(PlanJson.mapper().readTree(json).path("skills"), "the stored team");
    }

    public static Team read(Path file) throws IOException {
        if (Files.size(file) > 1024 * 1024) {
            throw new IOException(file + " is larger than 1 MiB; not a team file");
        }
        return fromSkills(PlanJson.mapper().readTree(file.toFile()).path("skills"), file.toString());
    }

    private static Team fromSkills(JsonNode skills, Object file) throws IOException {
        if (!skills.isObject() || skills.isEmpty()) {
            throw new IOException(file + ": a team file needs \"skills\": {\"backend\": {\"people\": 2}, …}");
        }
        Map<String, Team.Skill> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : skills.properties()) {
            JsonNode people = e.getValue().path("people");
            if (!people.canConvertToInt() || people.asInt() < 0) {
                throw new IOException(file + ": skills." + e.getKey() + ".people must be a whole number, 0 or more");
            }
            try {
                out.put(e.getKey(), new Team.Skill(people.asInt(), e.getValue().path("focusHoursPerDay").asDouble(6)));
            } catch (IllegalArgumentException ex) {
                throw new IOException(file + ": skills." + e.getKey() + ": " + ex.getMessage(), ex);
            }
        }
        return new Team(out);
    }
}
