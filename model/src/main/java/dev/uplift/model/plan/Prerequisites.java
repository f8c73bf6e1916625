package dev.uplift.model.plan;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Following prerequisites between steps, however they are held. */
public final class Prerequisites {
    private Prerequisites() {
    }

    /**
     * Whether step {@code from} waits, directly or through others, for {@code target}.
     *
     * @param prerequisitesOf a step's prerequisites by id (empty for an unknown id)
     */
    public static boolean waitsOn(String from, String target,
                                  Function<String, ? extends Collection<String>> prerequisitesOf) {
        Deque<String> todo = new ArrayDeque<>(List.of(from));
        Set<String> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            String id = todo.pop();
            if (id.equals(target)) {
                return true;
            }
            if (seen.add(id)) {
                todo.addAll(prerequisitesOf.apply(id));
            }
        }
        return false;
    }
}
