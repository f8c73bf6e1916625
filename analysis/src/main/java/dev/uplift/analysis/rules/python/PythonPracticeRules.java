package dev.uplift.analysis.rules.python;

import dev.uplift.analysis.parse.SyntaxTree;
import dev.uplift.analysis.parse.TreeNodes;
import dev.uplift.analysis.rules.FileRule;
import dev.uplift.analysis.rules.ScriptAndPythonRules;
import dev.uplift.analysis.rules.TreeSitterRule;
import dev.uplift.analysis.rules.java.SecurityPatternRules;
import dev.uplift.model.Category;
import dev.uplift.model.Rule;
import dev.uplift.model.Severity;
import org.treesitter.TSNode;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Python rules beyond injection: weak hashes and randomness, debug mode and open CORS, unverified JWTs,
 * paths from request data, swallowed catch-all handlers, and the performance smells (I/O and JSON
 * parsing in loops, blocking calls in {@code async def}, unbounded caches).
 */
public final class PythonPracticeRules {
    public static final Rule DEBUG = new Rule("SEC-PY-DEBUG-ENABLED", "Debug mode on (Python)", Category.SECURITY,
            Severity.CRITICAL, 10, 489,
            "Flask's app.run(debug=True) or Django's DEBUG = True in settings: the debugger runs code for anyone who "
                    + "reaches an error page, and errors show settings and source.",
            "Read the flag from the environment and default it to off: DEBUG = os.environ.get(\"DEBUG\") == \"1\".");
    public static final Rule PATH = new Rule("SEC-PY-PATH-TRAVERSAL", "Paths from request data (Python)",
            Category.SECURITY, Severity.CRITICAL, 45, 22,
            "A file is opened, sent or removed at a path built from request data or input, so '../' reaches other files.",
            "Take the file name through os.path.basename or werkzeug's secure_filename, or use send_from_directory "
                    + "/ safe_join under a fixed root.");
    public static final Rule SWALLOWED = new Rule("ERR-PY-CATCH-ALL-SWALLOWED", "Catch-all handlers that swallow "
            + "errors (Python)", Category.ERROR_HANDLING, Severity.MAJOR, 20, 396,
            "except Exception / BaseException goes on as if nothing happened: it neither raises again nor logs, "
                    + "so failures (and bugs) vanish.",
            "Catch the exceptions you expect; otherwise log with logger.exception(...) and raise, or let it propagate.");
    public static final Rule BLOCKING_IN_ASYNC = new Rule("PERF-PY-BLOCKING-IN-ASYNC", "Blocking calls in async "
            + "code (Python)", Category.PERFORMANCE, Severity.MAJOR, 30, null,
            "time.sleep, requests or another blocking call inside an async def stops the whole event loop.",
            "Use the async form (await asyncio.sleep, httpx.AsyncClient, aiofiles) or run it in a thread with "
                    + "asyncio.to_thread / run_in_executor.");
    public static final Rule UNBOUNDED_CACHE = new Rule("PERF-PY-UNBOUNDED-CACHE", "Unbounded caches (Python)",
            Category.PERFORMANCE, Severity.MINOR, 15, 400,
            "@cache or @lru_cache(maxsize=None) keeps every result for the life of the process: memory grows with "
                    + "the number of distinct arguments.",
            "Give the cache a bound (@lru_cache(maxsize=1024)) or use a TTL cache.");

    private static final Pattern SECRET_NAME = Pattern.compile(
            "(?i)(token|secret|passw|pwd|key|salt|nonce|otp|session|csrf|code|pin)");
    private static final Set<String> RANDOM_CALLS = Set.of("random.random", "random.randint", "random.choice",
            "random.choices", "random.randrange", "random.getrandbits", "random.sample", "random.uniform");
    private static final Set<String> WEAK_HASHES = Set.of("hashlib.md5", "hashlib.sha1", "md5", "sha1");
    private static final Set<String> LOOPS = Set.of("for_statement", "while_statement", "list_comprehension",
            "set_comprehension", "dictionary_comprehension", "generator_expression");
    private static final Set<String> FUNCTION = Set.of("function_definition", "lambda");
    private static final Pattern DATABASE_RECEIVER = Pattern.compile(
            "(?i)(^|[._])(cursor|cur|conn|connection|db|session|engine)$|\\.objects$");
    private static final Set<String> DB_METHODS = Set.of("execute", "executemany", "get", "filter", "create",
            "query", "scalar", "scalars", "fetch", "fetchrow", "fetchval");
    private static final Set<String> HTTP_VERBS = Set.of("get", "post", "put", "patch", "delete", "head", "request");
    private static final Set<String> BLOCKING = Set.of("time.sleep", "requests.get", "requests.post", "requests.put",
            "requests.patch", "requests.delete", "requests.head", "requests.request", "urllib.request.urlopen",
            "urlopen", "subprocess.run", "subprocess.call", "subprocess.check_output");
    private static final Set<String> PATH_SINKS = Set.of("open", "send_file", "os.remove", "os.unlink",
            "shutil.rmtree", "shutil.copy", "shutil.move", "os.rmdir", "io.open", "codecs.open");

    private PythonPracticeRules() {
    }

    public static List<FileRule> all() {
        return List.of(
                PythonCalls.rule(SecurityPatternRules.WEAK_HASH, PythonPracticeRules::weakHash),
                PythonCalls.rule(ScriptAndPythonRules.WEAK_RANDOM, PythonPracticeRules::weakRandom),
                TreeSitterRule.of(DEBUG, Set.of("python"), PythonPracticeRules::debug),
                TreeSitterRule.of(ScriptAndPythonRules.PERMISSIVE_CORS, Set.of("python"), PythonPracticeRules::cors),
                PythonCalls.rule(ScriptAndPythonRules.JWT_NOT_VERIFIED, PythonPracticeRules::jwt),
                PythonCalls.rule(PATH, PythonPracticeRules::path),
                TreeSitterRule.of(SWALLOWED, Set.of("python"), PythonPracticeRules::swallowed),
                PythonCalls.rule(ScriptAndPythonRules.IO_IN_LOOP, PythonPracticeRules::ioInLoop),
                PythonCalls.rule(ScriptAndPythonRules.JSON_IN_LOOP, PythonPracticeRules::jsonInLoop),
                PythonCalls.rule(BLOCKING_IN_ASYNC, PythonPracticeRules::blockingInAsync),
                TreeSitterRule.of(UNBOUNDED_CACHE, Set.of("python"), PythonPracticeRules::unboundedCache));
    }



    private static void weakHash(SyntaxTree.TreeSitter tree, PythonCalls.Call call, TreeSitterRule.Report report) {
        boolean weak = WEAK_HASHES.contains(call.callee()) || call.callee().equals("hashlib.new")
                && !call.positional().isEmpty() && tree.text(call.positional().get(0)).matches("(?i)[\"'](md5|sha1)[\"']");
        if (weak && PythonCalls.keyword(tree, call, "usedforsecurity").map(v -> !tree.text(v).equals("False"))
                .orElse(true)) {
            report.at(call.node(), call.callee() + "() is a broken hash; collisions are practical");
        }
    }

    /** random.* whose result is named like a secret, or made inside a function named like one. */
    private static void weakRandom(SyntaxTree.TreeSitter tree, PythonCalls.Call call, TreeSitterRule.Report report) {
        if (!RANDOM_CALLS.contains(call.callee())) {
            return;
        }
        TreeNodes nodes = tree.nodes();
        int assignment = nodes.enclosing(call.index(), Set.of("assignment", "return_statement"), FUNCTION);
        String target = assignment >= 0 && nodes.type(assignment).equals("assignment")
                ? tree.text(nodes.node(assignment).getChildByFieldName("left")) : "";
        int function = nodes.ancestor(call.index(), Set.of("function_definition"));
        String functionName = function < 0 ? "" : tree.text(nodes.node(function).getChildByFieldName("name"));
        if (SECRET_NAME.matcher(target).find() || SECRET_NAME.matcher(functionName).find()) {
            report.at(call.node(), call.callee() + "() makes " + (target.isEmpty() ? functionName + "'s result" : target)
                    + ", which must not be guessable");
        }
    }

    private static void debug(SyntaxTree.TreeSitter tree, TreeSitterRule.Report report) {
        TreeNodes nodes = tree.nodes();
        for (PythonCalls.Call call : PythonCalls.of(tree)) {
            if (call.callee().endsWith(".run") && PythonCalls.keyword(tree, call, "debug")
                    .map(v -> tree.text(v).equals("True")).orElse(false)) {
                report.at(call.node(), call.callee() + "(debug=True) serves the interactive debugger");
            }
        }
        for (int i : nodes.indicesOf("assignment")) {
            if (nodes.parent(i) < 0) { // module level: settings
                TSNode node = nodes.node(i);
                if (tree.text(node.getChildByFieldName("left")).equals("DEBUG")
                        && tree.text(node.getChildByFieldName("right")).equals("True")) {
                    report.at(node, "DEBUG = True in module settings");
                }
            }
        }
    }

    private static void cors(SyntaxTree.TreeSitter tree, TreeSitterRule.Report report) {
        TreeNodes nodes = tree.nodes();
        for (PythonCalls.Call call : PythonCalls.of(tree)) {
            String callee = call.callee();
            if (callee.equals("CORS") || callee.equals("flask_cors.CORS")) {
                String origins = PythonCalls.keyword(tree, call, "origins")
                        .or(() -> PythonCalls.keyword(tree, call, "resources")).map(tree::text).orElse("*");
                if (origins.contains("*")) {
                    report.at(call.node(), "CORS(...) allows every origin");
                }
            } else if (callee.endsWith("add_middleware") && !call.positional().isEmpty()
                    && tree.text(call.positional().get(0)).endsWith("CORSMiddleware")
                    && PythonCalls.keyword(tree, call, "allow_origins").map(tree::text).orElse("").contains("\"*\"")) {
                report.at(call.node(), "CORSMiddleware with allow_origins=[\"*\"]");
            }
        }
        for (int i : nodes.indicesOf("assignment")) {
            if (nodes.parent(i) < 0) {
                TSNode node = nodes.node(i);
                String name = tree.text(node.getChildByFieldName("left"));
                if ((name.equals("CORS_ORIGIN_ALLOW_ALL") || name.equals("CORS_ALLOW_ALL_ORIGINS"))
                        && tree.text(node.getChildByFieldName("right")).equals("True")) {
                    report.at(node, name + " = True allows every origin");
                }
            }
        }
    }

    private static void jwt(SyntaxTree.TreeSitter tree, PythonCalls.Call call, TreeSitterRule.Report report) {
        if (!call.callee().equals("jwt.decode")) {
            return;
        }
        String options = PythonCalls.keyword(tree, call, "options").map(tree::text).orElse("").replace(" ", "");
        boolean off = options.matches("(?s).*[\"']verify_signature[\"']:False.*")
                || PythonCalls.keyword(tree, call, "verify").map(v -> tree.text(v).equals("False")).orElse(false)
                || PythonCalls.keyword(tree, call, "algorithms").map(tree::text).orElse("").matches("(?i).*[\"']none[\"'].*");
        if (off) {
            report.at(call.node(), "jwt.decode() without signature verification");
        }
    }

    private static void path(SyntaxTree.TreeSitter tree, PythonCalls.Call call, TreeSitterRule.Report report) {
        boolean sink = PATH_SINKS.contains(call.callee()) || call.callee().endsWith(".unlink")
                && call.callee().startsWith("os.");
        if (sink && !call.positional().isEmpty()
                && PythonTaint.isTainted(tree, call.index(), call.positional().get(0),
                PythonTaint.Sources.REQUEST)) {
            report.traced(call.node(), call.callee() + "() on a path built from request data or input",
                    PythonTaint.trace(tree, call.index(), call.positional().get(0), PythonTaint.Sources.REQUEST));
        }
    }

    /** except Exception/BaseException (or a tuple holding one) whose body neither raises nor logs. */
    private static void swallowed(SyntaxTree.TreeSitter tree, TreeSitterRule.Report report) {
        TreeNodes nodes = tree.nodes();
        for (int i : nodes.indicesOf("except_clause")) {
            TSNode clause = nodes.node(i);
            String text = tree.text(clause);
            int colon = text.indexOf(':');
            String head = colon < 0 ? text : text.substring(0, colon);
            if (!head.matches("(?s)except\\s*\\(?.*\\b(Exception|BaseException)\\b.*")) {
                continue;
            }
            String body = colon < 0 ? "" : text.substring(colon + 1);
            boolean handled = body.matches("(?s).*\\b(raise|log\\w*\\.|logger\\.|logging\\.|LOG\\.|warn|sentry|"
                    + "capture_exception|traceback\\.print_exc|exit\\(|fail\\(|abort\\(|print\\().*");
            boolean onlyPass = body.strip().replaceAll("(?m)#.*$", "").strip().matches("pass|\\.\\.\\.");
            if (!handled && !onlyPass) { // an empty handler is ERR-EMPTY-CATCH's
                report.at(clause, head.strip() + ": the error is neither raised again nor logged");
            }
        }
    }

    private static void ioInLoop(SyntaxTree.TreeSitter tree, PythonCalls.Call call, TreeSitterRule.Report report) {
        String callee = call.callee();
        int dot = callee.lastIndexOf('.');
        if (dot < 0) {
            return;
        }
        String receiver = callee.substring(0, dot);
        String method = callee.substring(dot + 1);
        boolean io = DB_METHODS.contains(method) && DATABASE_RECEIVER.matcher(receiver).find()
                || (receiver.equals("requests") || receiver.equals("httpx")) && HTTP_VERBS.contains(method);
        if (io && tree.nodes().enclosing(call.index(), LOOPS, FUNCTION) >= 0) {
            report.at(call.node(), callee + "() runs once per loop iteration");
        }
    }

    /** json.loads in a for loop whose argument does not change with the loop variable. */
    private static void jsonInLoop(SyntaxTree.TreeSitter tree, PythonCalls.Call call, TreeSitterRule.Report report) {
        if (!call.callee().equals("json.loads") || call.positional().isEmpty()) {
            return;
        }
        TreeNodes nodes = tree.nodes();
        int loop = nodes.enclosing(call.index(), Set.of("for_statement"), FUNCTION);
        if (loop < 0) {
            return;
        }
        StringBuilder changing = new StringBuilder(tree.text(nodes.node(loop).getChildByFieldName("left")));
        for (int a : nodes.indicesOf("assignment")) { // names the loop body assigns change per iteration too
            if (nodes.start(a) > nodes.start(loop) && nodes.end(a) <= nodes.end(loop)) {
                changing.append(' ').append(tree.text(nodes.node(a).getChildByFieldName("left")));
            }
        }
        String argument = tree.text(call.positional().get(0));
        for (String v : changing.toString().split("[^A-Za-z0-9_]+")) {
            if (!v.isEmpty() && argument.matches("(?s).*\\b" + Pattern.quote(v) + "\\b.*")) {
                return; // parses what each iteration brings
            }
        }
        report.at(call.node(), "json.loads() parses the same data on every iteration");
    }

    private static void blockingInAsync(SyntaxTree.TreeSitter tree, PythonCalls.Call call, TreeSitterRule.Report report) {
        if (!BLOCKING.contains(call.callee())) {
            return;
        }
        TreeNodes nodes = tree.nodes();
        int function = nodes.ancestor(call.index(), FUNCTION);
        if (function >= 0 && nodes.type(function).equals("function_definition")
                && tree.text(nodes.node(function)).startsWith("async")) {
            report.at(call.node(), call.callee() + "() blocks the event loop inside async def");
        }
    }

    private static void unboundedCache(SyntaxTree.TreeSitter tree, TreeSitterRule.Report report) {
        for (TSNode decorator : tree.nodes().ofType("decorator")) {
            String text = tree.text(decorator).replaceAll("#.*|\\s+", "");
            if (text.matches("@(functools\\.)?cache") || text.matches("@(functools\\.)?lru_cache\\(maxsize=None.*")) {
                report.at(decorator, text + " keeps every result");
            }
        }
    }
}
