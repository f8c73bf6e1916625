package dev.uplift.app.bench;

import dev.uplift.model.schedule.Activity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads single-mode RCPSP instances in PSPLIB's {@code .sm} format into activities and capacities;
 * resources become skills {@code R1}…{@code Rn}.
 */
public final class PsplibReader {
    /** One instance. */
    public record Instance(String name, List<Activity> activities, Map<String, Integer> capacity) {
    }

    private PsplibReader() {
    }

    public static Instance read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        Map<Integer, List<Integer>> successors = new HashMap<>();
        Map<Integer, int[]> requests = new HashMap<>();
        int[] capacities = null;
        String section = "";
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith("PRECEDENCE RELATIONS")) {
                section = "precedence";
                i++; // header
                continue;
            }
            if (line.startsWith("REQUESTS/DURATIONS")) {
                section = "requests";
                i += 2; // header and dashes
                continue;
            }
            if (line.startsWith("RESOURCEAVAILABILITIES")) {
                capacities = numbers(lines.get(i + 2));
                break;
            }
            if (line.startsWith("*")) {
                section = "";
                continue;
            }
            int[] n = numbers(line);
            if (section.equals("precedence") && n.length >= 3) {
                List<Integer> succ = new ArrayList<>();
                for (int k = 3; k < n.length; k++) {
                    succ.add(n[k]);
                }
                successors.put(n[0], succ);
            } else if (section.equals("requests") && n.length >= 3) {
                requests.put(n[0], n);
            }
        }
        if (capacities == null || requests.isEmpty()) {
            throw new IOException(file + " is not a PSPLIB single-mode (.sm) instance");
        }
        Map<Integer, List<String>> predecessors = new HashMap<>();
        successors.forEach((job, succ) -> succ.forEach(s -> predecessors.computeIfAbsent(s, k -> new ArrayList<>())
                .add(String.valueOf(job))));
        Map<String, Integer> capacity = new HashMap<>();
        for (int r = 0; r < capacities.length; r++) {
            capacity.put("R" + (r + 1), capacities[r]);
        }
        List<Activity> activities = new ArrayList<>();
        for (Map.Entry<Integer, int[]> e : new java.util.TreeMap<>(requests).entrySet()) {
            int[] n = e.getValue(); // job, mode, duration, r1..rk
            Map<String, Integer> demand = new HashMap<>();
            for (int r = 0; r + 3 < n.length; r++) {
                if (n[r + 3] > 0) {
                    demand.put("R" + (r + 1), n[r + 3]);
                }
            }
            activities.add(new Activity(String.valueOf(e.getKey()), n[2], demand,
                    predecessors.getOrDefault(e.getKey(), List.of()), null));
        }
        String name = file.getFileName().toString();
        return new Instance(name, activities, capacity);
    }

    private static int[] numbers(String line) {
        String s = line.strip();
        if (s.isEmpty() || !Character.isDigit(s.charAt(0))) {
            return new int[0];
        }
        String[] parts = s.split("\\s+");
        int[] out = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                out[i] = Integer.parseInt(parts[i]);
            } catch (NumberFormatException e) {
                return new int[0];
            }
        }
        return out;
    }
}
