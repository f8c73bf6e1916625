package dev.uplift.model.plan;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Who does the work: people and focus hours per day, by skill.
 *
 * @param skills skill name → its people
 */
public record Team(Map<String, Skill> skills) {
    /** People with one skill and how many hours a day each can focus on plan work. */
    public record Skill(int people, double focusHoursPerDay) {
        public Skill {
            if (people < 0 || focusHoursPerDay <= 0 || focusHoursPerDay > 24) {
                throw new IllegalArgumentException("people must be 0 or more and focus hours between 0 and 24");
            }
        }
    }

    public Team {
        skills = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(skills)); // keeps the team's order
    }

    /** A team of four: two back-end developers, one front-end developer, one tester; six focus hours a day. */
    public static Team defaults() {
        Map<String, Skill> s = new LinkedHashMap<>();
        s.put("backend", new Skill(2, 6));
        s.put("frontend", new Skill(1, 6));
        s.put("qa", new Skill(1, 6));
        return new Team(s);
    }

    public Map<String, Integer> capacity() {
        Map<String, Integer> out = new LinkedHashMap<>();
        skills.forEach((name, skill) -> out.put(name, skill.people()));
        return out;
    }

    public boolean has(String skill) {
        return skills.containsKey(skill) && skills.get(skill).people() > 0;
    }

    /** The skill with the most people, for work no named skill fits. */
    public String largestSkill() {
        return skills.entrySet().stream().max(Map.Entry.comparingByValue(
                java.util.Comparator.comparingInt(Skill::people))).map(Map.Entry::getKey).orElse("backend");
    }

    public double focusHours(String skill) {
        Skill s = skills.get(skill);
        return s == null ? 6 : s.focusHoursPerDay();
    }
}
