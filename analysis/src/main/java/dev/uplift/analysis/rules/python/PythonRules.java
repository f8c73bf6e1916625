package dev.uplift.analysis.rules.python;

import dev.uplift.analysis.parse.SyntaxTree;
import dev.uplift.analysis.rules.FileRule;
import dev.uplift.analysis.rules.TreeSitterRule;
import dev.uplift.model.Category;
import dev.uplift.model.Rule;
import dev.uplift.model.Severity;
import org.treesitter.TSNode;

import java.util.List;
import java.util.Set;

/**
 * Python rules on the tree-sitter tree, one call at a time: SQL built into {@code execute}, shell
 * commands from variable input, {@code eval}/{@code exec} and unsafe deserialisation, TLS verification
 * switched off, and HTTP calls without a timeout. Files without a tree (no native parser) are left to
 * the line rules.
 */
public final class PythonRules {
    public static final Rule SQL = new Rule("SEC-PY-SQL-INJECTION", "SQL built from strings (Python)", Category.SECURITY,
            Severity.CRITICAL, 60, 89,
            "A query passed to execute() is built with an f-string, %, + or .format(), so data can change the SQL.",
            "Pass the values as parameters: cursor.execute(\"… WHERE id = %s\", (order_id,)) or the ORM's binds.");
    public static final Rule COMMAND = new Rule("SEC-PY-COMMAND-INJECTION", "Shell commands from variables (Python)",
            Category.SECURITY, Severity.CRITICAL, 60, 78,
            "subprocess with shell=True, os.system or os.popen runs a command that is not a fixed string.",
            "Call subprocess.run([...]) with a list of arguments and shell=False; validate what goes in it.");
    public static final Rule CODE = new Rule("SEC-PY-CODE-INJECTION", "Code run from data (Python)", Category.SECURITY,
            Severity.CRITICAL, 60, 95,
            "eval() or exec() runs a string that is not written out in the code.",
            "Parse the data instead (json.loads, ast.literal_eval for literals); never run it.");
    public static final Rule DESERIALIZATION = new Rule("SEC-PY-UNSAFE-DESERIALIZATION", "Unsafe deserialisation (Python)",
            Category.SECURITY, Severity.CRITICAL, 45, 502,
            "pickle/marshal/shelve loads, or yaml.load without a safe loader, can run code hidden in the data.",
            "Use json, or yaml.safe_load; keep pickle for data this process wrote itself.");
    public static final Rule TLS = new Rule("SEC-PY-TLS-VERIFICATION-DISABLED", "TLS verification off (Python)",
            Category.SECURITY, Severity.CRITICAL, 20, 295,
            "A call passes verify=False, so the server's certificate is not checked.",
            "Remove verify=False; point verify= at the private CA bundle if the server uses one.");
    public static final Rule TIMEOUT = new Rule("ERR-PY-NO-TIMEOUT", "HTTP calls without timeouts (Python)",
            Category.ERROR_HANDLING, Severity.MAJOR, 15, 400,
            "requests or httpx is called without timeout=, and requests waits forever by default.",
            "Pass timeout=(connect, read) on every call, or use a session or client with a default timeout.");

    private static final Set<String> SQL_METHODS = Set.of("execute", "executemany", "executescript", "raw");
    private static final java.util.regex.Pattern DATABASE_RECEIVER = java.util.regex.Pattern.compile(
            "(?i)(^|[._])(cursor|cur|conn|connection|con|db|database|session|engine|tx|transaction|objects)$");
    private static final Set<String> SUBPROCESS = Set.of("subprocess.run", "subprocess.call", "subprocess.Popen",
            "subprocess.check_output", "subprocess.check_call");
    private static final Set<String> HTTP_VERBS = Set.of("get", "post", "put", "patch", "delete", "head", "options",
            "request");
    private static final Set<String> UNSAFE_LOADS = Set.of("pickle.loads", "pickle.load", "cPickle.loads",
            "marshal.loads", "shelve.open", "dill.loads", "jsonpickle.decode");

    private PythonRules() {
    }

    public static List<FileRule> all() {
        return List.of(PythonCalls.rule(SQL, PythonRules::sql), PythonCalls.rule(COMMAND, PythonRules::command),
                PythonCalls.rule(CODE, PythonRules::code), PythonCalls.rule(DESERIALIZATION, PythonRules::deserialization),
                PythonCalls.rule(TLS, PythonRules::tls), PythonCalls.rule(TIMEOUT, PythonRules::timeout));
    }



    private static String method(String callee) {
        int dot = callee.lastIndexOf('.');
        return dot < 0 ? callee : callee.substring(dot + 1);
    }

    /**
     * execute() on something named like a cursor, connection or session, and SQLAlchemy's text(): an
     * executor.execute(f"job …") is not SQL, and without types the receiver's name is the evidence.
     */
    private static void sql(SyntaxTree.TreeSitter tree, PythonCalls.Call call, TreeSitterRule.Report report) {
        String callee = call.callee();
        int dot = callee.lastIndexOf('.');
        String receiver = (dot < 0 ? "" : callee.substring(0, dot)).replaceAll("\\(\\)$", ""); // get_db().execute
        boolean database = SQL_METHODS.contains(method(callee)) && DATABASE_RECEIVER.matcher(receiver).find()
                || callee.equals("text") || callee.equals("sqlalchemy.text");
        if (!database || call.positional().isEmpty()) {
            return;
        }
        TSNode query = call.positional().get(0);
        if (PythonTaint.isTainted(tree, call.index(), query, PythonTaint.Sources.ANY_INPUT)) { // the proof first
            report.traced(call.node(), "SQL taken from request data or input passed to " + method(callee) + "()",
                    PythonTaint.trace(tree, call.index(), query, PythonTaint.Sources.ANY_INPUT));
        } else if (PythonCalls.isBuiltString(tree, query)) {
            report.at(call.node(), "SQL built from strings passed to " + method(callee) + "()");
        } else if (query.getType().equals("identifier")
                && PythonTaint.isTainted(tree, call.index(), query, PythonTaint.Sources.BUILT_STRING)) {
            report.review(call.node(), "SQL built from strings earlier in the function passed to " + method(callee) + "()");
        }
    }

    private static void command(SyntaxTree.TreeSitter tree, PythonCalls.Call call, TreeSitterRule.Report report) {
        if (!SUBPROCESS.contains(call.callee()) && !call.callee().startsWith("os.")) {
            return; // the callee rules out most calls without reading their arguments
        }
        boolean shell = PythonCalls.keyword(tree, call, "shell").map(v -> tree.text(v).equals("True")).orElse(false);
        boolean variable = !call.positional().isEmpty() && !PythonCalls.isPlainString(call.positional().get(0));
        if (SUBPROCESS.contains(call.callee()) && shell && variable) {
            report.at(call.node(), call.callee() + "(…, shell=True) with a command that is not a fixed string");
        } else if ((call.callee().equals("os.system") || call.callee().equals("os.popen")) && variable) {
            report.at(call.node(), call.callee() + "() with a command that is not a fixed string");
        }
    }

    private static void code(SyntaxTree.TreeSitter tree, PythonCalls.Call call, TreeSitterRule.Report report) {
        if ((call.callee().equals("eval") || call.callee().equals("exec")) && !call.positional().isEmpty()
                && !PythonCalls.isPlainString(call.positional().get(0))) {
            if (PythonTaint.isTainted(tree, call.index(), call.positional().get(0), PythonTaint.Sources.REQUEST)) {
                report.traced(call.node(), call.callee() + "() runs request data", PythonTaint.trace(tree, call.index(),
                        call.positional().get(0), PythonTaint.Sources.REQUEST));
            } else {
                report.review(call.node(), call.callee() + "() runs a string built at run time");
            }
        }
    }

    private static void deserialization(SyntaxTree.TreeSitter tree, PythonCalls.Call call, TreeSitterRule.Report report) {
        if (UNSAFE_LOADS.contains(call.callee())) {
            boolean untrusted = !call.positional().isEmpty() && PythonTaint.isTainted(tree, call.index(),
                    call.positional().get(0), PythonTaint.Sources.REQUEST);
            if (untrusted) {
                report.traced(call.node(), call.callee() + "() loads request data: it can run code hidden in it",
                        PythonTaint.trace(tree, call.index(), call.positional().get(0), PythonTaint.Sources.REQUEST));
            } else {
                report.review(call.node(), call.callee() + "() can run code hidden in the data");
            }
        } else if (call.callee().equals("yaml.load") || call.callee().equals("yaml.load_all")) {
            boolean safe = PythonCalls.keyword(tree, call, "Loader").map(tree::text)
                    .map(l -> l.contains("SafeLoader") || l.contains("CSafeLoader")).orElse(false)
                    || call.positional().size() > 1 && tree.text(call.positional().get(1)).contains("SafeLoader");
            if (!safe) {
                report.at(call.node(), call.callee() + "() without a safe loader constructs arbitrary objects");
            }
        }
    }

    private static void tls(SyntaxTree.TreeSitter tree, PythonCalls.Call call, TreeSitterRule.Report report) {
        if (tree.mentions(tree.nodes().start(call.index()), tree.nodes().end(call.index()), "verify") && PythonCalls.keyword(tree, call, "verify").map(v -> tree.text(v).equals("False")).orElse(false)) {
            report.at(call.node(), "verify=False turns off certificate checks");
        }
    }

    private static void timeout(SyntaxTree.TreeSitter tree, PythonCalls.Call call, TreeSitterRule.Report report) {
        String callee = call.callee();
        boolean http = (callee.startsWith("requests.") || callee.startsWith("httpx."))
                && HTTP_VERBS.contains(method(callee)) && callee.indexOf('.') == callee.lastIndexOf('.');
        if (http && PythonCalls.keyword(tree, call, "timeout").isEmpty()) {
            report.at(call.node(), callee + "() without timeout=");
        }
    }
}
