package dev.uplift.analysis.rules.simulated;

import dev.uplift.analysis.rules.simulated.ReturnedValue.Kind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.uplift.analysis.rules.simulated.WorkVocabulary.*;

/**
 * Decides whether a function fakes its work, from several signals of its body together, never from
 * one word: a result that does not depend on the inputs, a random draw returned as a measure, mock data
 * returned as if fetched, a sleep standing in for work, a log line claiming work that is not done, an
 * error handler that answers success, and comments inside the body that say so ("simulate…", "in
 * production this would…", "placeholder"). What a function's name says it is for — a simulation, a
 * random generator, a retry loop, a mock — takes the matching signal back.
 */
final class SimulatedWork {

    /**
     * The judgement.
     *
     * @param evidence  what gave it away, in words a reviewer checks in seconds
     * @param sensitive the function sits on a security, payment or data-integrity path by its names
     */
    public record Verdict(List<String> evidence, boolean sensitive) {
        public Verdict {
            evidence = List.copyOf(evidence);
        }

        public String message(String name) {
            return "'" + name + "' fakes its work: " + String.join("; ", evidence);
        }
    }

    private SimulatedWork() {
    }

    /**
     * @param shape   the function
     * @param context the file's path and whatever else names its purpose (a simulator module, a seeder)
     */
    public static Optional<Verdict> judge(FunctionShape shape, String context) {
        if (shape.declaration()) {
            return Optional.empty();
        }
        Reading r = Reading.of(shape, context);
        List<String> evidence = new ArrayList<>();
        if (!r.faking().isEmpty()) {
            evidence.add("hands the work to '" + r.faking().get(0).callee().replaceFirst("^(self|this)\\.", "") + "'");
        }
        resultEvidence(shape, r, evidence);
        bodyEvidence(shape, r, evidence);
        commentEvidence(r, evidence);
        if (evidence.isEmpty()) {
            return Optional.empty();
        }
        if (r.inputsUnused() && evidence.stream().noneMatch(e -> e.contains("whatever its inputs"))) {
            evidence.add("inputs unused");
        }
        boolean sensitive = SENSITIVE.matcher(shape.name()).find() || SENSITIVE.matcher(shape.owner()).find();
        return Optional.of(new Verdict(evidence, sensitive));
    }

    /**
     * What the judge reads off a function once, before weighing it.
     *
     * @param kinds       the kind of each returned value, in order
     * @param cannedText  the first canned value (through its local), or null
     * @param work        calls that could do the work (none when they only go to helpers that fake)
     * @param faking      those calls when all of them go to helpers named as fakes
     * @param simulates   a comment that says the code simulates or pretends, or null
     * @param marker      that, or a comment that says the real thing would happen elsewhere, or null
     * @param standIn     without a marker: a comment naming a stand-in (placeholder, mock…), or null
     * @param hint        without either: a comment that only hints (for now, TODO), or null
     */
    private record Reading(String context, String purpose, boolean simulation, String name, List<Kind> kinds, boolean computed,
                           boolean canned, boolean fixedAnswer, String cannedText, boolean inputsUnused,
                           List<FunctionShape.Call> work, List<FunctionShape.Call> faking, FunctionShape.Call sleep,
                           boolean logOnly, boolean fixedByNature, boolean measuring, String simulates, String marker,
                           String standIn, String hint) {

        static Reading of(FunctionShape shape, String context) {
            String purpose = shape.name() + " " + shape.owner();
            // a dry run pretends on purpose: "Pretending to delete …" is the feature
            boolean simulation = SIMULATION_PURPOSE.matcher(purpose).find() || SIMULATION_PURPOSE.matcher(context).find()
                    || DRY_RUN.matcher(shape.code()).find();
            Set<String> parameters = Set.copyOf(shape.parameters());
            Map<String, String> locals = filledWithLiterals(shape, parameters);
            List<Kind> kinds = new ArrayList<>();
            for (FunctionShape.Returned r : shape.returns()) {
                kinds.add(ReturnedValue.classify(r.text(), locals, parameters));
            }
            boolean computed = false; // what an error handler returns says nothing of how the work is done
            for (int i = 0; i < kinds.size(); i++) {
                computed |= kinds.get(i) == Kind.COMPUTED && !shape.returns().get(i).inHandler();
            }
            boolean canned = !computed && kinds.contains(Kind.CANNED);
            boolean fixedAnswer = !computed && kinds.stream().anyMatch(k -> k == Kind.TRIVIAL || k == Kind.CANNED
                    || k == Kind.ECHO);
            List<String> said = new ArrayList<>(shape.comments()); // comments, the docstring, what log lines announce
            shape.calls().stream().filter(c -> LOG_CALLEE.matcher(c.callee().strip()).find()).forEach(c -> said.add(c.text()));
            String simulates = SimulatedWork.marker(said, SIMULATE_MARKER, simulation);
            String marker = simulates != null ? simulates : SimulatedWork.marker(said, STRONG_MARKER, simulation);
            String standIn = marker != null ? null : SimulatedWork.marker(said, STAND_IN_WORD, false);
            String hint = marker != null || standIn != null ? null : SimulatedWork.marker(said, WEAK_MARKER, false);
            List<String> answers = new ArrayList<>(); // returned values that depend on nothing: building them is no work
            for (int i = 0; i < kinds.size(); i++) {
                if (kinds.get(i) == Kind.CANNED || kinds.get(i) == Kind.ECHO) {
                    answers.add(shape.returns().get(i).text());
                }
            }
            boolean logging = LOGGING_NAME.matcher(shape.name()).find(); // its work is the log line
            List<FunctionShape.Call> work = BodySignals.workCalls(shape, logging).stream()
                    .filter(c -> answers.stream().noneMatch(a -> a.contains(c.text()))).toList();
            List<FunctionShape.Call> faking = simulation ? List.of() : work.stream()
                    .filter(c -> FAKING_HELPER.matcher(c.callee().substring(c.callee().lastIndexOf('.') + 1)).find()).toList();
            if (faking.isEmpty() || faking.size() != work.size()) {
                faking = List.of();
            } else {
                work = List.of();
            }
            return new Reading(context, purpose, simulation, words(shape.name()), kinds, computed, canned, fixedAnswer,
                    canned ? SimulatedWork.cannedText(shape, locals, kinds) : null, !parameters.isEmpty() && unused(shape, logging), work, faking,
                    BodySignals.standInSleep(shape, purpose, marker != null), !logging && BodySignals.logsOnly(shape),
                    FIXED_BY_NATURE.matcher(shape.name()).find(),
                    MEASURING_NAME.matcher(shape.name()).find(), simulates, marker, standIn, hint);
        }
    }

    /**
     * The locals, where an empty collection that the function fills only with literals ({@code result = new
     * ArrayList<>(); result.add(12L)}) stands for those literals: a canned answer built up, not computed.
     */
    private static Map<String, String> filledWithLiterals(FunctionShape shape, Set<String> parameters) {
        Map<String, String> locals = new HashMap<>(shape.locals());
        shape.locals().forEach((name, value) -> {
            if (!ReturnedValue.ACCUMULATOR.matcher(value).matches()) {
                return;
            }
            List<String> added = new ArrayList<>();
            for (FunctionShape.Call c : shape.calls()) {
                if (c.callee().startsWith(name + ".") && FILLING.matcher(c.callee().substring(name.length() + 1)).matches()) {
                    String args = c.text().substring(c.text().indexOf('(') + 1, Math.max(c.text().indexOf('(') + 1,
                            c.text().length() - 1));
                    Kind kind = ReturnedValue.classify("[" + args + "]", Map.of(), parameters);
                    if (kind != Kind.CANNED && kind != Kind.TRIVIAL) {
                        return; // filled with something computed (or nothing known): leave it computed
                    }
                    added.add(args);
                }
            }
            if (!added.isEmpty()) {
                locals.put(name, "[" + String.join(", ", added) + "]");
            }
        });
        return locals;
    }

    /** What the returned values give away: random draws, mock data, canned or echoed results, handler success. */
    private static void resultEvidence(FunctionShape shape, Reading r, List<String> evidence) {
        int random = r.kinds().indexOf(Kind.RANDOM);
        if (random >= 0 && !RANDOM_PURPOSE.matcher(r.purpose()).find() && !RANDOM_OWNER.matcher(shape.owner()).find()
                && !RANDOM_MODULE.matcher(fileName(r.context())).find()
                && !r.simulation()) {
            String call = ReturnedValue.randomCall(valueText(shape, random));
            evidence.add("returns a random " + (call == null ? "value" : "draw (" + call + ")") + " as its result");
        }
        int mock = r.kinds().indexOf(Kind.MOCK);
        if (mock >= 0 && !MOCK_PURPOSE.matcher(shape.name()).find()) {
            evidence.add("returns " + excerpt(shape.returns().get(mock).text()) + " as if it were real data");
        }
        // a bare figure from a getter is usually a fact of the type (getBlockSize → 8); from an estimator it is made up
        boolean estimating = r.measuring() && !shape.name().matches("(?i)^_*get.*");
        boolean report = r.canned() && REPORT.matcher(r.cannedText()).find();
        if (r.canned() && r.inputsUnused() && !r.fixedByNature() && !report
                && (estimating && figures(r.cannedText()) || structure(r.cannedText()))) {
            evidence.add("returns a canned result (" + excerpt(r.cannedText()) + ") whatever its inputs");
        } else if (r.canned() && shape.parameters().isEmpty() && !r.fixedByNature() && r.measuring()
                && structure(r.cannedText()) && (figures(r.cannedText()) || STATUS.matcher(r.cannedText()).find())
                && r.work().isEmpty()) {
            evidence.add("returns fixed figures (" + excerpt(r.cannedText()) + ") instead of measuring");
        }
        boolean echo = !r.computed() && r.kinds().contains(Kind.ECHO);
        boolean acting = r.measuring() || ACTION_VERBS.contains(firstWord(r.name())) || GENERATING.matcher(r.name()).find();
        String echoed = echo ? shape.returns().get(r.kinds().indexOf(Kind.ECHO)).text() : "";
        if (echo && r.work().isEmpty() && acting && !r.fixedByNature() && echoed.strip().matches("(?s)[\\[{].*")
                && !REPORT.matcher(echoed).find()) {
            evidence.add("returns a canned result (" + excerpt(echoed) + ") that only echoes its inputs");
        }
        shape.returns().stream().filter(ret -> ret.inHandler() && SUCCESS.matcher(ret.text()).find())
                .filter(ret -> ReturnedValue.classify(ret.text(), shape.locals()) != Kind.COMPUTED)
                .findFirst().ifPresent(ret -> evidence.add("answers " + excerpt(ret.text()) + " from its error handler"));
    }

    /** What the body gives away: a sleep where the work should be, a log line instead of the work. */
    private static void bodyEvidence(FunctionShape shape, Reading r, List<String> evidence) {
        if (r.sleep() != null && r.work().isEmpty() && !r.computed()
                && (r.fixedAnswer() || r.kinds().isEmpty() || r.kinds().contains(Kind.NONE))) {
            evidence.add("waits (" + excerpt(r.sleep().text()) + ") instead of doing the work");
        }
        if (r.logOnly() && (r.marker() != null || r.hint() != null || ACTION_VERBS.contains(firstWord(r.name()))
                && CLAIMS_DONE.matcher(String.join(" ", shape.statements())).find())) {
            evidence.add("only logs (" + excerpt(BodySignals.firstLog(shape)) + ")");
        }
    }

    /** A comment counts when the code beside it bears it out; how much it takes depends on how plainly it speaks. */
    private static void commentEvidence(Reading r, List<String> evidence) {
        boolean corroborated = r.fixedAnswer() && !r.fixedByNature() && r.work().isEmpty() || r.inputsUnused()
                || r.sleep() != null || r.logOnly();
        if (r.marker() != null && (!evidence.isEmpty() || corroborated
                || r.work().isEmpty() && (!r.computed() || r.simulates() != null
                && FAKED_WORK.matcher(r.simulates()).find()))) {
            evidence.add("comment: \"" + excerpt(r.marker()) + "\"");
        } else if (r.standIn() != null && (!evidence.isEmpty() || corroborated && r.work().isEmpty())) {
            evidence.add("comment: \"" + excerpt(r.standIn()) + "\"");
        } else if (r.hint() != null && (!evidence.isEmpty() || r.canned() && r.inputsUnused() && !r.fixedByNature())) {
            evidence.add("comment: \"" + excerpt(r.hint()) + "\"");
        }
    }

    /** No parameter is named anywhere in the body's code, log lines left out (a log line does no work). */
    private static boolean unused(FunctionShape shape, boolean logging) {
        String code = shape.code();
        for (FunctionShape.Call c : shape.calls()) {
            if (!logging && LOG_CALLEE.matcher(c.callee()).find()) {
                code = code.replace(c.text(), " ");
            }
        }
        for (String p : shape.parameters()) {
            if (p.startsWith("_") || Pattern.compile("(?<![\\w$.])" + Pattern.quote(p) + "(?![\\w$])").matcher(code).find()) {
                return false; // an underscore says "unused on purpose": an interface's signature, not faked work
            }
        }
        return true;
    }

    /** The first comment line that says the code stands in, or null. */
    private static String marker(List<String> comments, Pattern pattern, boolean simulation) {
        for (String comment : comments) {
            for (String line : comment.split("\\R")) {
                String text = PLACEHOLDER_SYNTAX.matcher(line).replaceAll(" ");
                text = simulation ? SIMULATE_WORD.matcher(text).replaceAll(" ") : text;
                Matcher m = pattern.matcher(text);
                if (m.find()) {
                    return line.replaceAll("^\\s*(?:#+|//+|/\\*+|\\*+|\"\"\"|''')\\s*", "").replaceAll("\\*/\\s*$", "").strip();
                }
            }
        }
        return null;
    }

    private static String valueText(FunctionShape shape, int index) {
        String text = shape.returns().get(index).text();
        String local = shape.locals().get(text.strip());
        return local != null && ReturnedValue.random(local) ? local : text;
    }

    private static String cannedText(FunctionShape shape, Map<String, String> locals, List<Kind> kinds) {
        int i = kinds.indexOf(Kind.CANNED);
        String text = shape.returns().get(i).text().strip();
        return locals.getOrDefault(text, text);
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** A record, list or object rather than one number or string. */
    private static boolean structure(String text) {
        String t = text.strip();
        return t.startsWith("{") || t.startsWith("[") || t.startsWith("(") || t.startsWith("new ") || t.matches("(?s)[A-Z][\\w.]*\\s*\\(.*");
    }

    /** A figure that is not 0 or 1: a score, a percentage, a count. */
    private static boolean figures(String text) {
        return Pattern.compile("(?<![\\w.])(?:\\d+\\.\\d*[1-9]\\d*|[2-9]\\d*|1\\d+)(?![\\w])").matcher(
                text.replaceAll("\"[^\"]*\"|'[^']*'", "")).find();
    }

    /** "recordPayment", "record_payment" → "record payment". */
    private static String words(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replace('_', ' ').strip().toLowerCase(Locale.ROOT);
    }

    private static String firstWord(String words) {
        int space = words.indexOf(' ');
        return space < 0 ? words : words.substring(0, space);
    }

    private static String excerpt(String text) {
        String s = text.strip().replaceAll("\\s+", " ");
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
