package dev.uplift.analysis.rules.script;

import dev.uplift.analysis.parse.SyntaxTree;
import dev.uplift.analysis.parse.TreeSitter;
import dev.uplift.analysis.rules.FileRule;
import dev.uplift.analysis.rules.TreeSitterRule;
import dev.uplift.model.Category;
import dev.uplift.model.Rule;
import dev.uplift.model.Severity;
import dev.uplift.model.TraceStep;
import org.treesitter.TSNode;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Server-side injection in JavaScript and TypeScript (Express, Koa, Node): request data that reaches a
 * SQL query, a shell command, a MongoDB {@code $where} or whole-object filter, a file path, a
 * redirect, an outgoing request (SSRF) or the response page (XSS). Request data is what {@link ScriptTaint} traces; a query or command built from other
 * variables is reported one severity lower, as a point to review.
 */
public final class ScriptInjectionRules {
    public static final Rule SQL = new Rule("SEC-JS-SQL-INJECTION", "SQL built from request data (TypeScript/JavaScript)",
            Category.SECURITY, Severity.CRITICAL, 60, 89,
            "A query passed to query() or raw() is built by concatenation or a template, so data can change the SQL.",
            "Pass values as bind parameters (query(\"… WHERE id = ?\", [id]) or replacements), or use the ORM's finders.");
    public static final Rule COMMAND = new Rule("SEC-JS-COMMAND-INJECTION", "Shell commands from request data "
            + "(TypeScript/JavaScript)", Category.SECURITY, Severity.CRITICAL, 60, 78,
            "child_process exec/execSync runs a shell command built from data.",
            "Use execFile or spawn with an argument array and no shell; validate what goes in it.");
    public static final Rule NOSQL = new Rule("SEC-JS-NOSQL-INJECTION", "NoSQL queries from request data "
            + "(TypeScript/JavaScript)", Category.SECURITY, Severity.CRITICAL, 45, 943,
            "A MongoDB $where runs JavaScript built from data, or a whole request object is used as a filter, so "
            + "operators like $ne or $gt in the request change the query.",
            "Never build $where from data; pick the fields you filter on and cast them (String(req.body.name)).");
    public static final Rule PATH = new Rule("SEC-JS-PATH-TRAVERSAL", "File paths from request data "
            + "(TypeScript/JavaScript)", Category.SECURITY, Severity.CRITICAL, 45, 22,
            "A file is read, written or sent at a path taken from the request, so ../ reaches any file.",
            "Resolve the path under a fixed folder and check it stays there (path.resolve + startsWith), or map ids "
                    + "to files.");
    public static final Rule REDIRECT = new Rule("SEC-JS-OPEN-REDIRECT", "Redirects to request data "
            + "(TypeScript/JavaScript)", Category.SECURITY, Severity.MAJOR, 30, 601,
            "res.redirect() sends the user to an address taken from the request, which phishing links abuse.",
            "Redirect to relative paths you check, or to an allow-list of hosts.");

    public static final Rule SSRF = new Rule("SEC-JS-SSRF", "Requests to addresses from request data "
            + "(TypeScript/JavaScript)", Category.SECURITY, Severity.CRITICAL, 45, 918,
            "The server fetches a URL the request chose (axios, fetch, http.get, got), so it can be pointed at internal "
                    + "services and cloud metadata.",
            "Fetch only from an allow-list of hosts, or map the request's choice to a fixed URL.");

    private static final Set<String> GRAMMARS = Set.of("typescript", "tsx", "javascript");
    private static final Set<String> FETCH_RECEIVERS = Set.of("axios", "http", "https", "got", "needle", "superagent",
            "request", "undici");
    private static final Set<String> FETCH_METHODS = Set.of("get", "post", "put", "patch", "delete", "head", "request");
    private static final Set<String> BARE_FETCHES = Set.of("fetch", "axios", "got", "request", "needle");
    private static final Set<String> RESPONSE_WRITES = Set.of("send", "write", "end");
    private static final Set<String> SQL_METHODS = Set.of("query", "raw", "execute", "$queryRawUnsafe",
            "$executeRawUnsafe");
    private static final Pattern SQL_RECEIVER = Pattern.compile("(?i)(^|[._])(db|database|sequelize|knex|pool|conn|"
            + "connection|client|mysql|pg|sql|tx|trx|prisma|sqlite|connectionPool)$");
    private static final Set<String> SHELL = Set.of("exec", "execSync");
    private static final Pattern SHELL_RECEIVER = Pattern.compile("^(child_process|childProcess|cp|proc|shell|"
            + "require\\(['\"]child_process['\"]\\))$");
    private static final Set<String> FILTERS = Set.of("find", "findOne", "findOneAndUpdate", "findOneAndDelete",
            "updateOne", "updateMany", "deleteOne", "deleteMany", "countDocuments", "where");
    private static final Set<String> FILES = Set.of("sendFile", "download", "readFile", "readFileSync",
            "createReadStream", "writeFile", "writeFileSync", "appendFile", "appendFileSync", "unlink", "unlinkSync",
            "createWriteStream");
    /** The outermost node that holds a $where is searched once; nodes inside it are not searched again. */
    private static final Set<String> WHERE_HOLDERS = Set.of("return_statement", "variable_declarator",
            "assignment_expression", "call_expression");
    private static final Pattern WHOLE_REQUEST = Pattern.compile("^\\s*(req|request)\\.(body|query|params)\\s*$");

    private ScriptInjectionRules() {
    }

    public static List<FileRule> all() {
        return List.of(rule(SQL, ScriptInjectionRules::sql), rule(COMMAND, ScriptInjectionRules::command),
                rule(NOSQL, ScriptInjectionRules::nosql), TreeSitterRule.of(NOSQL, GRAMMARS, ScriptInjectionRules::where),
                rule(PATH, ScriptInjectionRules::path), rule(REDIRECT, ScriptInjectionRules::redirect),
                rule(SSRF, ScriptInjectionRules::ssrf), rule(ScriptRules.XSS, ScriptInjectionRules::serverXss));
    }

    private interface CallCheck {
        void check(SyntaxTree.TreeSitter tree, Call call, TreeSitterRule.Report report);
    }

    /** A call: its node index, receiver text ("" for a bare call), method name and arguments. */
    record Call(int index, TSNode node, String receiver, String method, List<TSNode> arguments) {
    }

    private static FileRule rule(Rule rule, CallCheck check) {
        return TreeSitterRule.of(rule, GRAMMARS, (tree, report) -> {
            String all = rule == SQL || rule == COMMAND ? "" : tree.text(tree.root());
            if (rule != SQL && rule != COMMAND && !all.contains("req") && !all.contains("ctx")) {
                return; // no request object in the file: only built queries and commands are worth a look
            }
            for (int i : tree.nodes().indicesOf("call_expression")) {
                TSNode node = tree.nodes().node(i);
                TSNode function = node.getChildByFieldName("function");
                if (function == null) {
                    continue;
                }
                String receiver = "";
                String method = tree.text(function);
                if (function.getType().equals("member_expression")) {
                    receiver = tree.text(function.getChildByFieldName("object"));
                    method = tree.text(function.getChildByFieldName("property"));
                }
                check.check(tree, new Call(i, node, receiver, method, arguments(node)), report);
            }
        });
    }

    private static List<TSNode> arguments(TSNode call) {
        TSNode args = call.getChildByFieldName("arguments");
        return args == null ? List.of() : TreeSitter.namedChildren(args).stream()
                .filter(a -> !a.getType().equals("comment")).toList();
    }

    private static void sql(SyntaxTree.TreeSitter tree, Call call, TreeSitterRule.Report report) {
        if (!SQL_METHODS.contains(call.method()) || call.arguments().isEmpty()
                || !SQL_RECEIVER.matcher(call.receiver()).find() && !call.method().startsWith("$")) {
            return;
        }
        TSNode query = call.arguments().get(0);
        if (ScriptTaint.of(tree).isTainted(call.index(), query)) {
            report.traced(call.node(), "SQL built from request data passed to " + call.method() + "()",
                    trace(tree, call, query));
        } else if (isBuilt(query)) {
            report.review(call.node(), "SQL built by concatenation or a template passed to " + call.method() + "()");
        }
    }

    private static void command(SyntaxTree.TreeSitter tree, Call call, TreeSitterRule.Report report) {
        if (!SHELL.contains(call.method()) || call.arguments().isEmpty()
                || !call.receiver().isEmpty() && !SHELL_RECEIVER.matcher(call.receiver()).matches()) {
            return;
        }
        TSNode command = call.arguments().get(0);
        if (ScriptTaint.of(tree).isTainted(call.index(), command)) {
            report.traced(call.node(), call.method() + "() runs a shell command built from request data",
                    trace(tree, call, command));
        } else if (isBuilt(command) || command.getType().equals("identifier")) {
            report.review(call.node(), call.method() + "() runs a shell command that is not a fixed string");
        }
    }

    private static void nosql(SyntaxTree.TreeSitter tree, Call call, TreeSitterRule.Report report) {
        if (!FILTERS.contains(call.method()) || call.arguments().isEmpty()) {
            return;
        }
        TSNode filter = call.arguments().get(0);
        String text = tree.text(filter);
        if (WHOLE_REQUEST.matcher(text).matches()) {
            report.at(call.node(), call.method() + "() filters on the whole " + text.strip() + ": operators in it change "
                    + "the query");
            return;
        }
    }

    /**
     * A {@code $where} built from data anywhere in the file: the filter is often made by a helper and
     * passed to find() later, so the object itself is the evidence.
     */
    private static void where(SyntaxTree.TreeSitter tree, TreeSitterRule.Report report) {
        for (String type : List.of("return_statement", "variable_declarator", "assignment_expression", "call_expression")) {
            for (int i : tree.nodes().indicesOf(type)) {
                TSNode node = tree.nodes().node(i);
                if (tree.text(node).contains("$where") && tree.nodes().ancestor(i, WHERE_HOLDERS) < 0) {
                    findWhere(tree, node, report);
                }
            }
        }
    }

    private static void findWhere(SyntaxTree.TreeSitter tree, TSNode node, TreeSitterRule.Report report) {
        if (node.getType().equals("pair")) {
            TSNode key = node.getChildByFieldName("key");
            TSNode value = node.getChildByFieldName("value");
            if (key != null && value != null && tree.text(key).replaceAll("[\"']", "").equals("$where") && isBuilt(value)) {
                report.at(node, "$where runs JavaScript built from data");
            }
        }
        for (TSNode child : TreeSitter.namedChildren(node)) {
            findWhere(tree, child, report);
        }
    }

    private static void path(SyntaxTree.TreeSitter tree, Call call, TreeSitterRule.Report report) {
        if (FILES.contains(call.method()) && !call.arguments().isEmpty()
                && ScriptTaint.of(tree).isTainted(call.index(), call.arguments().get(0))) {
            report.traced(call.node(), call.method() + "() at a path taken from the request",
                    trace(tree, call, call.arguments().get(0)));
        }
    }

    private static void redirect(SyntaxTree.TreeSitter tree, Call call, TreeSitterRule.Report report) {
        if (call.method().equals("redirect") && !call.arguments().isEmpty()
                && ScriptTaint.of(tree).isTainted(call.index(), call.arguments().get(call.arguments().size() - 1))) {
            report.traced(call.node(), "redirect() to an address taken from the request",
                    trace(tree, call, call.arguments().get(call.arguments().size() - 1)));
        }
    }

    private static void ssrf(SyntaxTree.TreeSitter tree, Call call, TreeSitterRule.Report report) {
        boolean fetch = call.receiver().isEmpty() ? BARE_FETCHES.contains(call.method())
                : FETCH_RECEIVERS.contains(call.receiver()) && FETCH_METHODS.contains(call.method());
        if (fetch && !call.arguments().isEmpty() && ScriptTaint.of(tree).isTainted(call.index(), call.arguments().get(0))) {
            report.traced(call.node(), (call.receiver().isEmpty() ? "" : call.receiver() + ".") + call.method()
                    + "() to an address taken from the request", trace(tree, call, call.arguments().get(0)));
        }
    }

    /** res.send("<p>" + req.query.name) and its kind: Express sends a string as HTML. */
    private static void serverXss(SyntaxTree.TreeSitter tree, Call call, TreeSitterRule.Report report) {
        if (RESPONSE_WRITES.contains(call.method()) && call.receiver().matches("res|response|ctx\\.res")
                && !call.arguments().isEmpty()
                && ScriptTaint.of(tree).isTainted(call.index(), call.arguments().get(0))) {
            report.traced(call.node(), "res." + call.method() + "() writes request data into the page",
                    trace(tree, call, call.arguments().get(0)));
        }
    }

    private static List<TraceStep> trace(SyntaxTree.TreeSitter tree, Call call, TSNode value) {
        return ScriptTaint.of(tree).trace(call.index(), value);
    }

    /** A string put together at run time: concatenation with +, or a template with ${…}. */
    private static boolean isBuilt(TSNode node) {
        if (node.getType().equals("template_string")) {
            return TreeSitter.namedChildren(node).stream().anyMatch(c -> c.getType().equals("template_substitution"));
        }
        return node.getType().equals("binary_expression");
    }
}
