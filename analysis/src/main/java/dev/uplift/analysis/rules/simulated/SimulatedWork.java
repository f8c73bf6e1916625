package dev.uplift.analysis.rules.simulated;

import dev.uplift.analysis.rules.simulated.ReturnedValue.Kind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a function fakes its work, from several signals of its body together, never from
 * one word: a result that does not depend on the inputs, a random draw returned as a measure, mock data
 * returned as if fetched, a sleep standing in for work, a log line claiming work that is not done, an
 * error handler that answers success, and comments inside the body that say so ("simulate…", "in
 * production this would…", "placeholder"). What a function's name says it is for — a simulation, a
 * random generator, a retry loop, a mock — takes the matching signal back.
 */
public final class SimulatedWork {

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

    /** Comments that say outright the code stands in for the real thing. */
    private static final Pattern STRONG_MARKER = Pattern.compile("(?i)\\b(?:in (?:a )?(?:real|production)(?: \\w+)?,? (?:\\w+ ){0,3}"
            + "(?:would|should|will|use|call|replace|connect|fetch|send|query|implement)|in prod\\b|production (?:would|should|version|implementation|code|system)|would (?:normally |actually "
            + "|typically |usually )?(?:call|send|write|query|use|connect|fetch|store|save|persist|integrate|hit|make|run"
            + "|invoke|load|read|update|insert|perform|process|train|execute|check|verify|validate|charge|post|analy[sz]e"
            + "|compute|calculate)\\b|pretend\\w*|hard-?coded|for demo\\w*|replace (?:this )?with (?:a |an |the )?(?:real"
            + "|actual|proper)|(?:real|actual|full|complete|proper) implementation|(?:fetch|get|use|call|query|load) (?:the )?"
            + "real\\b|in the future|would be (?:applied|done|added|implemented|called|sent|stored|computed|generated) here"
            + "|(?:this|it) is (?:a |just a |only a )?(?:placeholder|stub|mock|simulation))");
    /** Comments that say the code simulates or pretends: enough when nothing else in the function does work. */
    private static final Pattern SIMULATE_MARKER = Pattern.compile("(?i)\\b(?:simul(?:at|ier)\\w*|pretend\\w*|hard-?coded"
            + "|for demo\\w*|(?:this|it) is (?:a |just a |only a )?(?:placeholder|stub|mock|simulation))");
    /** Helpers whose names say they fake: calling only these is not doing the work. */
    private static final Pattern FAKING_HELPER = Pattern.compile("(?i)simulat|mock|fake|dummy");
    /**
     * A comment that says the work itself is simulated ("simulated search", "simulate API call", "simulate
     * training"), not a technique ("simulate a CAS"): enough, with no call that could do the work, even
     * beside a computed result.
     */
    private static final Pattern FAKED_WORK = Pattern.compile("(?i)\\bsimul(?:at(?:ed|es|ing)|ier\\w*)\\b|\\bsimulate\\s+"
            + "(?:(?:the|an?|some)\\s+)?(?:\\w+\\s+)?(?:api|call|request|response|processing|training|search|work|delay"
            + "|latency|data|results?|analysis|execution|operation|network|fetch|lookup|query|inference|prediction"
            + "|detection|generation|upload|download|payment|transaction|process|task|job|check|verification"
            + "|validation|scan|research|computation|calculation|output|evaluation|fetching|sending|saving|storing|loading"
            + "|reading|writing|calling|querying|processing|training|computing|analy[sz]ing|generating|detecting"
            + "|checking|verifying|validating|uploading|downloading|searching|scanning|executing|deploying)\\b|(?:this|it) is (?:a |just a "
            + "|only a )?(?:placeholder|stub|mock|simulation)");
    /** Words that name a stand-in, but also name things real code handles (a mock server, a UI placeholder). */
    private static final Pattern STAND_IN_WORD = Pattern.compile("(?i)\\b(?:placeholder|mock(?:ed)?|dummy|fake[ds]?|demo"
            + "|stub(?:bed)?)\\b");
    /** Comments that only hint: worth something next to a canned result, nothing alone. */
    private static final Pattern WEAK_MARKER = Pattern.compile("(?i)\\b(?:for now|temporar\\w*|simplified|basic "
            + "implementation|todo|fixme|not (?:yet )?(?:implemented|real))\\b");
    private static final Pattern SIMULATE_WORD = Pattern.compile("(?i)\\bsimul(?:at|ier)\\w*");
    /** A function or class whose job is to simulate: the word describes the work. */
    private static final Pattern SIMULATION_PURPOSE = Pattern.compile("(?i)simulat|emulat|monte.?carlo|physics|sandbox"
            + "|backtest|what.?if|scenario");
    private static final Pattern RANDOM_PURPOSE = Pattern.compile("(?i)^_*rand|random$|random_?(?:number|int|float|double"
            + "|value|element|item|index|string|word|bytes|name|agent|node|member|entry|key)|select|jitter|shuffl|sampl|noise"
            + "|wait|sleep|^next"
            + "|choice|choose|pick|generat|gen_|uuid|token|nonce|salt|password|secret|seed|roll|dice|flip|coin|perturb"
            + "|augment|backoff|delay|colou?r|mock|fake|dummy|simulat|explor|epsilon|dropout|mutat|crossover|anneal|spawn"
            + "|lottery|captcha|otp|code|key|id$|ids$|name");
    private static final Pattern FILLING = Pattern.compile("add|append|push|put|extend|insert|addAll|putAll|setdefault");
    private static final Pattern RESOLVER = Pattern.compile("(?:resolve|res|r|done|next|ok)\\s*[,)]|\\(?\\s*\\)?\\s*=>"
            + "\\s*(?:resolve|res|r|done|next|ok)\\s*\\(");
    /** A function whose job is to log or audit: its log lines are the work. */
    private static final Pattern LOGGING_NAME = Pattern.compile("^_*(?:log|Log|audit|Audit|trace|Trace)(?:_|[A-Z]|$)");
    private static final Pattern DRY_RUN = Pattern.compile("(?i)dry.?run");
    /** A module whose job is randomness: placeholder text, fake data for tests, samplers. */
    private static final Pattern RANDOM_MODULE = Pattern.compile("(?i)lorem|random|faker|sampl|generator");
    /** A report of errors or warnings built from literals is a check's verdict, not a canned answer. */
    private static final Pattern REPORT = Pattern.compile("(?:Error|Exception|Warning|Warn)\\s*\\(");
    /** A class whose job is randomness: a generator, a sampler, a wait strategy. */
    private static final Pattern RANDOM_OWNER = Pattern.compile("(?i)random|rng|generator|sampler|jitter|wait|dice");
    private static final Pattern MOCK_PURPOSE = Pattern.compile("(?i)mock|fake|dummy|sample|demo|stub|example|seed"
            + "|fixture|placeholder|default|fallback|empty");
    private static final Pattern RETRY_CONTEXT = Pattern.compile("(?i)retr(?:y|ies|ying)|attempt|back.?off|\\bpoll|_poll"
            + "|wait|throttl|rate.?limit|cool.?down|debounce|heartbeat|interval|\\btick|reconnect|jitter|tenacity"
            + "|settl(?:e\\b|ing)");
    /** "placeholder" in the sense of syntax — SQL parameters, input hints, format fields — says nothing of pretending. */
    private static final Pattern PLACEHOLDER_SYNTAX = Pattern.compile("(?i)(?:sql|query|bind|column|param\\w*|input|text"
            + "|field|format|template|%s|\\?)\\W+(?:\\w+\\W+){0,3}placeholders?|placeholders?\\W+(?:\\w+\\W+){0,3}(?:sql"
            + "|query|bind|column|param\\w*|input|text|field|format|template|per (?:column|row|field|value|param\\w*))|placeholders\\b");
    private static final Pattern SLEEP = Pattern.compile("(?:^|\\.)(?:sleep|setTimeout|delay)$");
    private static final Pattern LOG_CALLEE = Pattern.compile("(?:^|\\.)(?:_?(?:log|logger|LOG|LOGGER|Log|logging|console"
            + "|Timber)\\.\\w+|print|println|printf|System\\.(?:out|err)\\.\\w+|_?log_?\\w*)$");
    private static final Pattern LOG_STATEMENT = Pattern.compile("(?s)^(?:await\\s+)?(?:[\\w$]+\\.)*(?:_?(?:log|logger"
            + "|LOG|LOGGER|Log|logging|console|Timber)\\.\\w+|print|System\\.(?:out|err)\\.\\w+)\\s*\\(.*");
    private static final Pattern CLAIMS_DONE = Pattern.compile("(?i)\\b(?:recorded|sent|saved|stored|persisted|processed"
            + "|completed?|created|updated|deleted|removed|published|notified|charged|refunded|executed|deployed|trained"
            + "|uploaded|synced|synchroni[sz]ed|registered|scheduled|queued|enqueued|dispatched|written|inserted|success"
            + "\\w*|done|finished|applied|approved|issued|generated|backed up|rotated|revoked|granted|transferred"
            + "|delivered|submitted|verified|validated)\\b");
    private static final Set<String> ACTION_VERBS = Set.of("save", "store", "persist", "record", "write", "send", "publish",
            "notify", "charge", "refund", "pay", "process", "sync", "upload", "delete", "remove", "update", "create",
            "insert", "train", "deploy", "execute", "submit", "dispatch", "enqueue", "schedule", "register", "apply",
            "approve", "issue", "backup", "rotate", "revoke", "grant", "transfer", "post", "push", "commit", "migrate",
            "index", "ingest", "archive", "purge", "trigger", "invoke", "deliver", "email", "sms", "alert", "escalate",
            "provision", "encrypt", "decrypt", "sign", "verify", "validate", "handle", "perform", "run", "start",
            "stop", "restart", "scale", "retrain", "fine", "capture", "cancel", "book", "reserve", "fulfill", "ship");
    /** Names that promise to find something out, so a fixed answer means nothing was found out. */
    private static final Pattern MEASURING_NAME = Pattern.compile("(?i)^_*(?:get_?|fetch|load|query|search|find|calc"
            + "|comput|analy|assess|evaluat|predict|scor|train|estimat|measur|detect|classif|scan|check|verif|validat"
            + "|monitor|collect|rank|recommend|forecast|infer|extract|summari|match|lookup|resolve|process|run|test"
            + "|inspect|audit|review|diagnos|discover|identify|determine|rate|judge|grade|benchmark|profile|health)");
    /** Names whose job is a fixed answer: defaults, configuration, schemas, metadata. */
    private static final Pattern FIXED_BY_NATURE = Pattern.compile("(?i)default|initial|config|setting|schema|column"
            + "|option|style|theme|template|context|header|meta|descriptor|version|label|description|help|usage|example"
            + "|exception|error$|errors?_?handler|exceeded|not_?found|fallback"
            + "|name$|^name|type$|kind$|^supports|^is_?|^has_?|^can_?|^should|^use_?|capabilit|feature|spec$|info$|props?$"
            + "|^to_?|^as_?|^__|^render|^get_?(?:title|icon|text|message|placeholder)|^mock|^fake|^dummy|^sample|^demo"
            + "|^stub|^empty|^noop|^no_?op|^null|^_*(?:health|healthz|ping|live|liveness|ready|readiness|status)$");
    private static final Pattern SENSITIVE = Pattern.compile("(?i)auth|login|logout|password|passwd|credential|token"
            + "|permission|access|secur|encrypt|decrypt|crypt|sign(?:ature|_|[A-Z]|$)|verif|validat|sanitiz|payment|pay_"
            + "|^pay|payout|charge|refund|billing|invoice|ledger|transaction|transfer|wallet|balance|gdpr|complian|kyc"
            + "|\\baml|fraud|audit|integrity|checksum|backup|restore|consent|privacy|hipaa|pci");
    private static final Pattern STATUS = Pattern.compile("(?i)[\"'](?:healthy|ok|success|completed|active|online|up"
            + "|operational|passed|approved|verified)[\"']");
    private static final Pattern GENERATING = Pattern.compile("(?i)^_*(?:generat|creat|build|draft|compos|synthesi|translat"
            + "|summari|classif|analy|detect|search|recommend|predict|send|notify|publish)");
    private static final Pattern SUCCESS = Pattern.compile("(?i)succe(?:ss|eded)|[\"']ok[\"']|\\bok\\s*[:=]\\s*(?:true"
            + "|True)|[\"']completed[\"']|[\"']done[\"']");
    private static final Set<String> QUIET_CALLS = Set.of("len", "str", "int", "float", "bool", "dict", "list",
            "set", "tuple", "isinstance", "range", "enumerate", "round", "min", "max", "sum", "abs", "sorted", "zip",
            "map", "filter", "any", "all", "getattr", "hasattr", "format", "join", "lower", "upper", "strip",
            "split", "get", "append", "extend", "update", "items", "keys", "values", "copy", "now", "utcnow",
            "isoformat", "time", "uuid4", "randomUUID", "toISOString", "getTime", "toString", "valueOf", "of",
            "asList", "resolve", "push", "put", "add", "replace", "startswith", "endswith", "includes", "trim",
            "toLowerCase", "toUpperCase", "stringify", "parse", "entries", "from", "Number", "String", "Boolean",
            "Array", "Object", "equals", "hashCode", "size", "length", "isEmpty", "substring", "Date", "dumps",
            "loads", "emit", "super", "setState", "info", "debug", "warning", "warn", "error", "print", "println",
            "log", "printStackTrace");

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
            List<FunctionShape.Call> work = workCalls(shape, logging).stream()
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
                    standInSleep(shape, purpose, marker != null), !logging && logsOnly(shape), FIXED_BY_NATURE.matcher(shape.name()).find(),
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
            evidence.add("only logs (" + excerpt(firstLog(shape)) + ")");
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

    /** Calls that may do the work: not logging, sleeping, drawing random numbers, building values or reading clocks. */
    private static List<FunctionShape.Call> workCalls(FunctionShape shape, boolean logging) {
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
    private static FunctionShape.Call standInSleep(FunctionShape shape, String purpose, boolean saysSo) {
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
    private static boolean waitsOnly(FunctionShape.Call call) {
        if (!call.callee().strip().endsWith("setTimeout")) {
            return true;
        }
        String text = call.text();
        String first = text.substring(text.indexOf('(') + 1).strip();
        return RESOLVER.matcher(first).lookingAt();
    }

    /** The delay is a number or a random number (simulated latency), not a computed back-off. */
    private static boolean fixedDelay(FunctionShape.Call call, Map<String, String> locals) {
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

    private static String lastArgument(String args) {
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
    private static boolean logsOnly(FunctionShape shape) {
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

    private static String firstLog(FunctionShape shape) {
        return shape.statements().stream().map(String::strip).filter(s -> LOG_STATEMENT.matcher(s).matches()).findFirst()
                .orElse("");
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
