package dev.uplift.analysis.rules.simulated;

import dev.uplift.analysis.rules.simulated.ReturnedValue.Kind;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static dev.uplift.analysis.rules.simulated.WorkVocabulary.*;

/**
 * What a function's body does besides returning: which calls could do the work, whether a sleep stands
 * in for it, whether it only logs. Stateless.
 */
final class BodySignals {
    private BodySignals() {
    }

    /** Calls that may do the work: not logging, sleeping, drawing random numbers, building values or reading clocks. */
    static List<FunctionShape.Call> workCalls(FunctionShape shape, boolean logging) {
        List<FunctionShape.Call> work = new ArrayList<>();
        List<String> logged = shape.calls().stream().filter(c -> LOG_CALLEE.matcher(c.callee().strip()).find())
                .map(FunctionShape.Call::text).toList();
        for (FunctionShape.Call c : shape.calls()) {
            if (logged.stream().anyMatch(l -> l.length() > c.text().length() && l.contains(c.text()))) {
                continue; // what a log line calls to describe the work is not the work
            }
            String callee = c.callee().strip();
            String last = callee.substring(callee.lastIndexOf('.') + 1);
            if (!logging && LOG_CALLEE.matcher(callee).find() || SLEEP.matcher(callee).find() || ReturnedValue.random(c.text())
                    || QUIET_CALLS.contains(last) || !last.isEmpty() && Character.isUpperCase(last.charAt(0))
                    || callee.startsWith("new ") || callee.toLowerCase(Locale.ROOT).contains("random") || callee.equals("Promise")) {
                continue;
            }
            work.add(c);
        }
        return work;
    }

    /**
     * A sleep of a fixed time outside any loop, in a function that is not about retrying, polling or
     * pacing: time passing instead of work.
     */
    static FunctionShape.Call standInSleep(FunctionShape shape, String purpose, boolean saysSo) {
        if (RETRY_CONTEXT.matcher(purpose).find() || shape.comments().stream().anyMatch(c -> RETRY_CONTEXT.matcher(c).find()
                && !STRONG_MARKER.matcher(c).find())) {
            return null;
        }
        for (FunctionShape.Call c : shape.calls()) {
            if (!c.inLoop() && SLEEP.matcher(c.callee().strip()).find() && fixedDelay(c, shape.locals())
                    && (saysSo || waitsOnly(c))) {
                return c;
            }
        }
        return null;
    }

    /**
     * A browser's setTimeout with a callback schedules work, it does not stand in for it; only a timer that
     * resolves a promise ({@code new Promise(r => setTimeout(r, 500))}) is a pause, unless a comment says the
     * delay simulates the work.
     */
    static boolean waitsOnly(FunctionShape.Call call) {
        if (!call.callee().strip().endsWith("setTimeout")) {
            return true;
        }
        String text = call.text();
        String first = text.substring(text.indexOf('(') + 1).strip();
        return RESOLVER.matcher(first).lookingAt();
    }

    /** The delay is a number or a random number (simulated latency), not a computed back-off. */
    static boolean fixedDelay(FunctionShape.Call call, Map<String, String> locals) {
        String text = call.text();
        int open = text.indexOf('(');
        if (open < 0 || !text.endsWith(")")) {
            return false;
        }
        String args = text.substring(open + 1, text.length() - 1);
        String delay = lastArgument(args).strip();
        delay = locals.getOrDefault(delay, delay).strip(); // sleepMs = random.nextInt(100); sleep(sleepMs)
        return delay.matches("-?[\\d_.]+(?:[eE]\\d+)?[lL]?(?:\\s*\\*\\s*[\\d_.]+)?") || ReturnedValue.random(delay);
    }

    static String lastArgument(String args) {
        int depth = 0;
        int start = 0;
        for (int i = 0; i < args.length(); i++) {
            char c = args.charAt(i);
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (c == ',' && depth == 0) {
                start = i + 1;
            }
        }
        return args.substring(start);
    }

    /** Every statement is a log line, a fixed return, a sleep or {@code pass}; at least one is a log line. */
    static boolean logsOnly(FunctionShape shape) {
        boolean logged = false;
        for (String s : shape.statements()) {
            String t = s.strip();
            if (LOG_STATEMENT.matcher(t).matches()) {
                logged = true;
            } else if (t.startsWith("return")) {
                Kind k = ReturnedValue.classify(t.substring(6), shape.locals(), Set.copyOf(shape.parameters()));
                if (k == Kind.COMPUTED) {
                    return false;
                }
            } else if (!t.equals("pass") && !t.matches("(?s)^(?:await\\s+)?[\\w.]*(?:sleep|setTimeout)\\s*\\(.*")
                    && !t.matches("(?s)^await\\s+new\\s+Promise\\s*\\(.*(?:setTimeout|sleep).*")) {
                return false;
            }
        }
        return logged;
    }

    static String firstLog(FunctionShape shape) {
        return shape.statements().stream().map(String::strip).filter(s -> LOG_STATEMENT.matcher(s).matches()).findFirst()
                .orElse("");
    }
}
