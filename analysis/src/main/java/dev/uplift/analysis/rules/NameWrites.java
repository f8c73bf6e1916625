package dev.uplift.analysis.rules;

import dev.uplift.model.TraceStep;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The assignments of a name within one function, in source order, each tainted or not: what the
 * text-based taint trackers of Python and JavaScript keep per name, and how they walk back from a
 * sink to the source for the finding's trace.
 */
public final class NameWrites {
    private static final Pattern NAME = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");
    private static final int MAX_STEPS = 12;

    /**
     * One assignment: where it happens (a byte offset), whether the value is tainted, and for the trace
     * its line, the value's text and where the value starts ({@code value} is null for a parameter that
     * is itself a source, such as a route parameter).
     */
    public record Write(int at, boolean tainted, int line, String value, int valueAt) {
        public Write(int at, boolean tainted) {
            this(at, tainted, 0, null, 0);
        }
    }

    private NameWrites() {
    }

    /** Whether the last assignment before {@code before} was tainted; false when there was none. */
    public static boolean taintedBefore(List<Write> history, int before) {
        Write latest = latestBefore(history, before);
        return latest != null && latest.tainted();
    }

    /** The last assignment before {@code before}, or null. */
    public static Write latestBefore(List<Write> history, int before) {
        Write latest = null;
        for (Write w : history) {
            if (w.at() < before) {
                latest = w;
            }
        }
        return latest;
    }

    /**
     * The path from a source to an expression, source first: each step a tainted assignment the
     * expression's names lead back to, the first a source read. Files are left empty for the rule to fill.
     *
     * @param strip   removes what is text rather than names (fixed strings)
     * @param latest  the latest write of a name before an offset, in the function around it, or null
     */
    public static List<TraceStep> trace(String text, int before, int line, Pattern source, UnaryOperator<String> strip,
                                        BiFunction<String, Integer, Write> latest) {
        List<TraceStep> steps = new ArrayList<>();
        String current = text;
        int at = before;
        for (int n = 0; n < MAX_STEPS && current != null; n++) {
            String stripped = strip.apply(current);
            Matcher m = source.matcher(stripped);
            if (m.find()) {
                if (steps.isEmpty()) { // the sink reads the request itself
                    steps.add(new TraceStep("", line, "request data: " + m.group()));
                } else { // the last assignment read it
                    TraceStep last = steps.remove(steps.size() - 1);
                    steps.add(new TraceStep("", last.line(), last.note() + " (request data: " + m.group() + ")"));
                }
                break;
            }
            Write next = null;
            String through = null;
            Matcher names = NAME.matcher(stripped);
            while (names.find() && next == null) {
                if (names.start() > 0 && stripped.charAt(names.start() - 1) == '.') {
                    continue;
                }
                Write w = latest.apply(names.group(), at);
                if (w != null && w.tainted()) {
                    next = w;
                    through = names.group();
                }
            }
            if (next == null) {
                break;
            }
            steps.add(new TraceStep("", next.line(), next.value() == null ? "'" + through + "' comes from the request"
                    : "'" + through + "' = " + excerpt(next.value())));
            current = next.value();
            at = next.valueAt();
            line = next.line();
        }
        Collections.reverse(steps);
        return steps;
    }

    private static String excerpt(String value) {
        String flat = value.strip().replaceAll("\\s+", " ");
        return flat.length() <= 80 ? flat : flat.substring(0, 77) + "...";
    }
}
