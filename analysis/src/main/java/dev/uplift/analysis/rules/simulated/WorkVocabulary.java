package dev.uplift.analysis.rules.simulated;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words of simulated work, kept apart from the judge that weighs them ({@link SimulatedWork}): what
 * comments say, what names promise, which calls do no work. Immutable.
 */
final class WorkVocabulary {

    /** Comments that say outright the code stands in for the real thing. */
    static final Pattern STRONG_MARKER = Pattern.compile("(?i)\\b(?:in (?:a )?(?:real|production)(?: \\w+)?,? (?:\\w+ ){0,3}"
            + "(?:would|should|will|use|call|replace|connect|fetch|send|query|implement)|in prod\\b|production (?:would|should|version|implementation|code|system)|would (?:normally |actually "
            + "|typically |usually )?(?:call|send|write|query|use|connect|fetch|store|save|persist|integrate|hit|make|run"
            + "|invoke|load|read|update|insert|perform|process|train|execute|check|verify|validate|charge|post|analy[sz]e"
            + "|compute|calculate)\\b|pretend\\w*|hard-?coded|for demo\\w*|replace (?:this )?with (?:a |an |the )?(?:real"
            + "|actual|proper)|(?:real|actual|full|complete|proper) implementation|(?:fetch|get|use|call|query|load) (?:the )?"
            + "real\\b|in the future|would be (?:applied|done|added|implemented|called|sent|stored|computed|generated) here"
            + "|(?:this|it) is (?:a |just a |only a )?(?:placeholder|stub|mock|simulation))");
    /** Comments that say the code simulates or pretends: enough when nothing else in the function does work. */
    static final Pattern SIMULATE_MARKER = Pattern.compile("(?i)\\b(?:simul(?:at|ier)\\w*|pretend\\w*|hard-?coded"
            + "|for demo\\w*|(?:this|it) is (?:a |just a |only a )?(?:placeholder|stub|mock|simulation))");
    /** Helpers whose names say they fake: calling only these is not doing the work. */
    static final Pattern FAKING_HELPER = Pattern.compile("(?i)simulat|mock|fake|dummy");
    /**
     * A comment that says the work itself is simulated ("simulated search", "simulate API call", "simulate
     * training"), not a technique ("simulate a CAS"): enough, with no call that could do the work, even
     * beside a computed result.
     */
    static final Pattern FAKED_WORK = Pattern.compile("(?i)\\bsimul(?:at(?:ed|es|ing)|ier\\w*)\\b|\\bsimulate\\s+"
            + "(?:(?:the|an?|some)\\s+)?(?:\\w+\\s+)?(?:api|call|request|response|processing|training|search|work|delay"
            + "|latency|data|results?|analysis|execution|operation|network|fetch|lookup|query|inference|prediction"
            + "|detection|generation|upload|download|payment|transaction|process|task|job|check|verification"
            + "|validation|scan|research|computation|calculation|output|evaluation|fetching|sending|saving|storing|loading"
            + "|reading|writing|calling|querying|processing|training|computing|analy[sz]ing|generating|detecting"
            + "|checking|verifying|validating|uploading|downloading|searching|scanning|executing|deploying)\\b|(?:this|it) is (?:a |just a "
            + "|only a )?(?:placeholder|stub|mock|simulation)");
    /** Words that name a stand-in, but also name things real code handles (a mock server, a UI placeholder). */
    static final Pattern STAND_IN_WORD = Pattern.compile("(?i)\\b(?:placeholder|mock(?:ed)?|dummy|fake[ds]?|demo"
            + "|stub(?:bed)?)\\b");
    /** Comments that only hint: worth something next to a canned result, nothing alone. */
    static final Pattern WEAK_MARKER = Pattern.compile("(?i)\\b(?:for now|temporar\\w*|simplified|basic "
            + "implementation|todo|fixme|not (?:yet )?(?:implemented|real))\\b");
    static final Pattern SIMULATE_WORD = Pattern.compile("(?i)\\bsimul(?:at|ier)\\w*");
    /** A function or class whose job is to simulate: the word describes the work. */
    static final Pattern SIMULATION_PURPOSE = Pattern.compile("(?i)simulat|emulat|monte.?carlo|physics|sandbox"
            + "|backtest|what.?if|scenario");
    static final Pattern RANDOM_PURPOSE = Pattern.compile("(?i)^_*rand|random$|random_?(?:number|int|float|double"
            + "|value|element|item|index|string|word|bytes|name|agent|node|member|entry|key)|select|jitter|shuffl|sampl|noise"
            + "|wait|sleep|^next"
            + "|choice|choose|pick|generat|gen_|uuid|token|nonce|salt|password|secret|seed|roll|dice|flip|coin|perturb"
            + "|augment|backoff|delay|colou?r|mock|fake|dummy|simulat|explor|epsilon|dropout|mutat|crossover|anneal|spawn"
            + "|lottery|captcha|otp|code|key|id$|ids$|name");
    static final Pattern FILLING = Pattern.compile("add|append|push|put|extend|insert|addAll|putAll|setdefault");
    static final Pattern RESOLVER = Pattern.compile("(?:resolve|res|r|done|next|ok)\\s*[,)]|\\(?\\s*\\)?\\s*=>"
            + "\\s*(?:resolve|res|r|done|next|ok)\\s*\\(");
    /** A function whose job is to log or audit: its log lines are the work. */
    static final Pattern LOGGING_NAME = Pattern.compile("^_*(?:log|Log|audit|Audit|trace|Trace)(?:_|[A-Z]|$)");
    static final Pattern DRY_RUN = Pattern.compile("(?i)dry.?run");
    /** A module whose job is randomness: placeholder text, fake data for tests, samplers. */
    static final Pattern RANDOM_MODULE = Pattern.compile("(?i)lorem|random|faker|sampl|generator");
    /** A report of errors or warnings built from literals is a check's verdict, not a canned answer. */
    static final Pattern REPORT = Pattern.compile("(?:Error|Exception|Warning|Warn)\\s*\\(");
    /** A class whose job is randomness: a generator, a sampler, a wait strategy. */
    static final Pattern RANDOM_OWNER = Pattern.compile("(?i)random|rng|generator|sampler|jitter|wait|dice");
    static final Pattern MOCK_PURPOSE = Pattern.compile("(?i)mock|fake|dummy|sample|demo|stub|example|seed"
            + "|fixture|placeholder|default|fallback|empty");
    static final Pattern RETRY_CONTEXT = Pattern.compile("(?i)retr(?:y|ies|ying)|attempt|back.?off|\\bpoll|_poll"
            + "|wait|throttl|rate.?limit|cool.?down|debounce|heartbeat|interval|\\btick|reconnect|jitter|tenacity"
            + "|settl(?:e\\b|ing)");
    /** "placeholder" in the sense of syntax — SQL parameters, input hints, format fields — says nothing of pretending. */
    static final Pattern PLACEHOLDER_SYNTAX = Pattern.compile("(?i)(?:sql|query|bind|column|param\\w*|input|text"
            + "|field|format|template|%s|\\?)\\W+(?:\\w+\\W+){0,3}placeholders?|placeholders?\\W+(?:\\w+\\W+){0,3}(?:sql"
            + "|query|bind|column|param\\w*|input|text|field|format|template|per (?:column|row|field|value|param\\w*))|placeholders\\b");
    static final Pattern SLEEP = Pattern.compile("(?:^|\\.)(?:sleep|setTimeout|delay)$");
    static final Pattern LOG_CALLEE = Pattern.compile("(?:^|\\.)(?:_?(?:log|logger|LOG|LOGGER|Log|logging|console"
            + "|Timber)\\.\\w+|print|println|printf|System\\.(?:out|err)\\.\\w+|_?log_?\\w*)$");
    static final Pattern LOG_STATEMENT = Pattern.compile("(?s)^(?:await\\s+)?(?:[\\w$]+\\.)*(?:_?(?:log|logger"
            + "|LOG|LOGGER|Log|logging|console|Timber)\\.\\w+|print|System\\.(?:out|err)\\.\\w+)\\s*\\(.*");
    static final Pattern CLAIMS_DONE = Pattern.compile("(?i)\\b(?:recorded|sent|saved|stored|persisted|processed"
            + "|completed?|created|updated|deleted|removed|published|notified|charged|refunded|executed|deployed|trained"
            + "|uploaded|synced|synchroni[sz]ed|registered|scheduled|queued|enqueued|dispatched|written|inserted|success"
            + "\\w*|done|finished|applied|approved|issued|generated|backed up|rotated|revoked|granted|transferred"
            + "|delivered|submitted|verified|validated)\\b");
    static final Set<String> ACTION_VERBS = Set.of("save", "store", "persist", "record", "write", "send", "publish",
            "notify", "charge", "refund", "pay", "process", "sync", "upload", "delete", "remove", "update", "create",
            "insert", "train", "deploy", "execute", "submit", "dispatch", "enqueue", "schedule", "register", "apply",
            "approve", "issue", "backup", "rotate", "revoke", "grant", "transfer", "post", "push", "commit", "migrate",
            "index", "ingest", "archive", "purge", "trigger", "invoke", "deliver", "email", "sms", "alert", "escalate",
            "provision", "encrypt", "decrypt", "sign", "verify", "validate", "handle", "perform", "run", "start",
            "stop", "restart", "scale", "retrain", "fine", "capture", "cancel", "book", "reserve", "fulfill", "ship");
    /** Names that promise to find something out, so a fixed answer means nothing was found out. */
    static final Pattern MEASURING_NAME = Pattern.compile("(?i)^_*(?:get_?|fetch|load|query|search|find|calc"
            + "|comput|analy|assess|evaluat|predict|scor|train|estimat|measur|detect|classif|scan|check|verif|validat"
            + "|monitor|collect|rank|recommend|forecast|infer|extract|summari|match|lookup|resolve|process|run|test"
            + "|inspect|audit|review|diagnos|discover|identify|determine|rate|judge|grade|benchmark|profile|health)");
    /** Names whose job is a fixed answer: defaults, configuration, schemas, metadata. */
    static final Pattern FIXED_BY_NATURE = Pattern.compile("(?i)default|initial|config|setting|schema|column"
            + "|option|style|theme|template|context|header|meta|descriptor|version|label|description|help|usage|example"
            + "|exception|error$|errors?_?handler|exceeded|not_?found|fallback"
            + "|name$|^name|type$|kind$|^supports|^is_?|^has_?|^can_?|^should|^use_?|capabilit|feature|spec$|info$|props?$"
            + "|^to_?|^as_?|^__|^render|^get_?(?:title|icon|text|message|placeholder)|^mock|^fake|^dummy|^sample|^demo"
            + "|^stub|^empty|^noop|^no_?op|^null|^_*(?:health|healthz|ping|live|liveness|ready|readiness|status)$");
    static final Pattern SENSITIVE = Pattern.compile("(?i)auth|login|logout|password|passwd|credential|token"
            + "|permission|access|secur|encrypt|decrypt|crypt|sign(?:ature|_|[A-Z]|$)|verif|validat|sanitiz|payment|pay_"
            + "|^pay|payout|charge|refund|billing|invoice|ledger|transaction|transfer|wallet|balance|gdpr|complian|kyc"
            + "|\\baml|fraud|audit|integrity|checksum|backup|restore|consent|privacy|hipaa|pci");
    static final Pattern STATUS = Pattern.compile("(?i)[\"'](?:healthy|ok|success|completed|active|online|up"
            + "|operational|passed|approved|verified)[\"']");
    static final Pattern GENERATING = Pattern.compile("(?i)^_*(?:generat|creat|build|draft|compos|synthesi|translat"
            + "|summari|classif|analy|detect|search|recommend|predict|send|notify|publish)");
    static final Pattern SUCCESS = Pattern.compile("(?i)succe(?:ss|eded)|[\"']ok[\"']|\\bok\\s*[:=]\\s*(?:true"
            + "|True)|[\"']completed[\"']|[\"']done[\"']");
    static final Set<String> QUIET_CALLS = Set.of("len", "str", "int", "float", "bool", "dict", "list",
            "set", "tuple", "isinstance", "range", "enumerate", "round", "min", "max", "sum", "abs", "sorted", "zip",
            "map", "filter", "any", "all", "getattr", "hasattr", "format", "join", "lower", "upper", "strip",
            "split", "get", "append", "extend", "update", "items", "keys", "values", "copy", "now", "utcnow",
            "isoformat", "time", "uuid4", "randomUUID", "toISOString", "getTime", "toString", "valueOf", "of",
            "asList", "resolve", "push", "put", "add", "replace", "startswith", "endswith", "includes", "trim",
            "toLowerCase", "toUpperCase", "stringify", "parse", "entries", "from", "Number", "String", "Boolean",
            "Array", "Object", "equals", "hashCode", "size", "length", "isEmpty", "substring", "Date", "dumps",
            "loads", "emit", "super", "setState", "info", "debug", "warning", "warn", "error", "print", "println",
            "log", "printStackTrace");

    private WorkVocabulary() {
    }
}
