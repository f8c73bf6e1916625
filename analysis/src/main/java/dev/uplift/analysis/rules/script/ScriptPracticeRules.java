package dev.uplift.analysis.rules.script;

import dev.uplift.analysis.parse.SyntaxTree;
import dev.uplift.analysis.parse.TreeNodes;
import dev.uplift.analysis.parse.TreeSitter;
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
 * TypeScript/JavaScript rules beyond XSS and eval: weak hashes and randomness, open CORS, unverified
 * JWTs, promises whose rejection nobody handles, HTTP calls without timeouts, requests and JSON parsing in
 * loops, and components that render only placeholder text.
 */
public final class ScriptPracticeRules {
    public static final Rule UNHANDLED_PROMISE = new Rule("ERR-JS-UNHANDLED-PROMISE", "Unhandled promise rejections",
            Category.ERROR_HANDLING, Severity.MAJOR, 15, 755,
            "A promise chain ends in .then(...) with no .catch and no rejection handler: a failure becomes an "
                    + "unhandled rejection (which stops Node 15+ processes) or vanishes in the browser.",
            "End the chain with .catch(handler), pass a rejection handler to then(), or await it inside try/catch.");
    public static final Rule NO_TIMEOUT = new Rule("ERR-JS-NO-TIMEOUT", "HTTP calls without timeouts "
            + "(TypeScript/JavaScript)", Category.ERROR_HANDLING, Severity.MAJOR, 15, 400,
            "fetch() without an abort signal or axios without a timeout waits as long as the server or network "
                    + "lets it.",
            "Pass signal: AbortSignal.timeout(ms) to fetch, and timeout: ms to axios (or to axios.create once).");
    public static final Rule PLACEHOLDER_UI = new Rule("STUB-PLACEHOLDER-UI", "Components that render placeholder "
            + "text", Category.CODE_QUALITY, Severity.MAJOR, 60, null,
            "A component returns only placeholder markup (TODO, Coming soon, Lorem ipsum, Not implemented): the "
                    + "screen is not built yet.",
            "Build the view, or keep the route out of production until it is.");

    private static final Set<String> GRAMMARS = Set.of("typescript", "tsx", "javascript");
    private static final Set<String> FUNCTIONS = Set.of("function_declaration", "generator_function_declaration",
            "method_definition", "arrow_function", "function_expression", "function", "generator_function");
    private static final Set<String> LOOPS = Set.of("for_statement", "for_in_statement", "while_statement",
            "do_statement");
    private static final Pattern SECRET_NAME = Pattern.compile(
            "(?i)(token|secret|passw|pwd|key|salt|nonce|otp|session|csrf|code|pin)");
    private static final Pattern AXIOS_CALL = Pattern.compile("axios\\.(get|post|put|patch|delete|head|request)|axios");
    private static final Pattern AXIOS_INSTANCE_TIMEOUT = Pattern.compile("axios\\.create\\(\\s*\\{[^}]*timeout");
    private static final Pattern DB_AWAIT = Pattern.compile("\\.(query|execute|findOne|findUnique|findFirst|findById|"
            + "findByPk|save|insert|update)$");
    private static final Pattern PLACEHOLDER = Pattern.compile("(?i)(todo|tbd|wip|coming soon|placeholder|"
            + "lorem ipsum[\\w\\s,.]*|not (yet )?implemented|under construction)[.!…]*");

    private ScriptPracticeRules() {
    }

    public static List<FileRule> all() {
        return List.of(
                calls(SecurityPatternRules.WEAK_HASH, ScriptPracticeRules::weakHash),
                calls(ScriptAndPythonRules.WEAK_RANDOM, ScriptPracticeRules::weakRandom),
                calls(ScriptAndPythonRules.PERMISSIVE_CORS, ScriptPracticeRules::cors),
                calls(ScriptAndPythonRules.JWT_NOT_VERIFIED, ScriptPracticeRules::jwt),
                calls(UNHANDLED_PROMISE, ScriptPracticeRules::unhandledThen),
                TreeSitterRule.of(NO_TIMEOUT, GRAMMARS, ScriptPracticeRules::noTimeout),
                calls(ScriptAndPythonRules.IO_IN_LOOP, ScriptPracticeRules::ioInLoop),
                calls(ScriptAndPythonRules.JSON_IN_LOOP, ScriptPracticeRules::jsonInLoop),
                TreeSitterRule.of(PLACEHOLDER_UI, GRAMMARS, ScriptPracticeRules::placeholderUi));
    }

    private interface Check {
        void check(SyntaxTree.TreeSitter tree, int call, String callee, TreeSitterRule.Report report);
    }

    /** A rule over every call expression, with its callee as written. */
    private static FileRule calls(Rule rule, Check check) {
        return TreeSitterRule.of(rule, GRAMMARS, (tree, report) -> {
            TreeNodes nodes = tree.nodes();
            for (int i : nodes.indicesOf("call_expression")) {
                check.check(tree, i, tree.text(nodes.node(i).getChildByFieldName("function")), report);
            }
        });
    }

    private static List<TSNode> arguments(TSNode call) {
        return TreeSitter.namedChildren(call.getChildByFieldName("arguments")).stream()
                .filter(a -> !a.getType().equals("comment")).toList();
    }

    private static void weakHash(SyntaxTree.TreeSitter tree, int i, String callee, TreeSitterRule.Report report) {
        if (callee.endsWith("createHash")) {
            TSNode node = tree.nodes().node(i);
            List<TSNode> args = arguments(node);
            if (!args.isEmpty() && tree.text(args.get(0)).matches("(?i)[\"'`](md5|md4|sha1|sha-1)[\"'`]")) {
                report.at(node, "createHash(" + tree.text(args.get(0)) + ") is a broken hash");
            }
        }
    }

    private static void weakRandom(SyntaxTree.TreeSitter tree, int i, String callee, TreeSitterRule.Report report) {
        if (!callee.equals("Math.random")) {
            return;
        }
        TreeNodes nodes = tree.nodes();
        int holder = nodes.enclosing(i, Set.of("variable_declarator", "assignment_expression"), FUNCTIONS);
        String target = "";
        if (holder >= 0) {
            TSNode h = nodes.node(holder);
            target = tree.text(h.getChildByFieldName(nodes.type(holder).equals("variable_declarator") ? "name" : "left"));
        }
        int function = nodes.ancestor(i, FUNCTIONS);
        String functionName = function < 0 ? "" : functionName(tree, nodes, function);
        if (SECRET_NAME.matcher(target).find() || SECRET_NAME.matcher(functionName).find()) {
            report.at(nodes.node(i), "Math.random() makes " + (target.isEmpty() ? functionName + "'s result" : target)
                    + ", which must not be guessable");
        }
    }

    private static String functionName(SyntaxTree.TreeSitter tree, TreeNodes nodes, int function) {
        TSNode name = nodes.node(function).getChildByFieldName("name");
        if (name != null && !name.isNull()) {
            return tree.text(name);
        }
        int declarator = nodes.parent(function);
        return declarator >= 0 && nodes.type(declarator).equals("variable_declarator")
                ? tree.text(nodes.node(declarator).getChildByFieldName("name")) : "";
    }

    private static void cors(SyntaxTree.TreeSitter tree, int i, String callee, TreeSitterRule.Report report) {
        TSNode node = tree.nodes().node(i);
        if (callee.equals("cors")) {
            List<TSNode> args = arguments(node);
            String options = args.isEmpty() ? "" : tree.text(args.get(0)).replace(" ", "");
            if (args.isEmpty() || options.matches("(?s).*origin:(['\"`]\\*['\"`]|true).*")) {
                report.at(node, "cors(" + (args.isEmpty() ? "" : "…") + ") allows every origin");
            }
        } else if (callee.matches(".*\\.(setHeader|header|set|append)")) {
            List<TSNode> args = arguments(node);
            if (args.size() >= 2 && tree.text(args.get(0)).matches("(?i)['\"`]access-control-allow-origin['\"`]")
                    && tree.text(args.get(1)).matches("['\"`]\\*['\"`]")) {
                report.at(node, "Access-Control-Allow-Origin: * allows every origin");
            }
        }
    }

    private static void jwt(SyntaxTree.TreeSitter tree, int i, String callee, TreeSitterRule.Report report) {
        TSNode node = tree.nodes().node(i);
        if (callee.equals("jwt.decode") || callee.equals("jsonwebtoken.decode")) {
            report.at(node, callee + "() reads a token without checking its signature");
        } else if (callee.equals("jwt.verify") || callee.equals("jsonwebtoken.verify")) {
            String call = tree.text(node).replace(" ", "");
            if (call.matches("(?is).*algorithms:\\[[^]]*['\"`]none['\"`].*")) {
                report.at(node, callee + "() accepts the 'none' algorithm");
            }
        }
    }

    /** {@code x.then(f);} as a statement: the end of the chain, with no rejection handler. */
    private static void unhandledThen(SyntaxTree.TreeSitter tree, int i, String callee, TreeSitterRule.Report report) {
        if (!callee.endsWith(".then")) {
            return;
        }
        TSNode node = tree.nodes().node(i);
        TSNode parent = node.getParent();
        if (parent == null || parent.isNull() || !parent.getType().equals("expression_statement")
                || arguments(node).size() >= 2) {
            return; // used further (returned, awaited, chained) or given a rejection handler
        }
        if (!tree.text(node.getChildByFieldName("function")).contains(".catch(")) {
            report.at(node, "the promise chain ends in then() with no catch()");
        }
    }

    private static void noTimeout(SyntaxTree.TreeSitter tree, TreeSitterRule.Report report) {
        String source = new String(tree.source(), java.nio.charset.StandardCharsets.UTF_8);
        boolean axiosDefault = source.contains("axios.defaults.timeout")
                || AXIOS_INSTANCE_TIMEOUT.matcher(source).find();
        TreeNodes nodes = tree.nodes();
        for (int i : nodes.indicesOf("call_expression")) {
            TSNode node = nodes.node(i);
            String callee = tree.text(node.getChildByFieldName("function"));
            if (callee.equals("fetch")) {
                List<TSNode> args = arguments(node);
                if (args.size() < 2 || !tree.text(args.get(1)).contains("signal")) {
                    report.at(node, "fetch() without an abort signal");
                }
            } else if (!axiosDefault && AXIOS_CALL.matcher(callee).matches() && !tree.text(node).contains("timeout")) {
                report.at(node, callee + "() without a timeout");
            }
        }
    }

    private static void ioInLoop(SyntaxTree.TreeSitter tree, int i, String callee, TreeSitterRule.Report report) {
        TreeNodes nodes = tree.nodes();
        boolean http = callee.equals("fetch") || AXIOS_CALL.matcher(callee).matches();
        boolean awaitedQuery = DB_AWAIT.matcher(callee).find() && nodes.parent(i) >= 0
                && nodes.type(nodes.parent(i)).equals("await_expression");
        if ((http || awaitedQuery) && nodes.enclosing(i, LOOPS, FUNCTIONS) >= 0) {
            report.at(nodes.node(i), callee + "() runs once per loop iteration, one after another");
        }
    }

    /** JSON.parse in a for-of/in loop of data that does not change with the loop variable. */
    private static void jsonInLoop(SyntaxTree.TreeSitter tree, int i, String callee, TreeSitterRule.Report report) {
        if (!callee.equals("JSON.parse")) {
            return;
        }
        TreeNodes nodes = tree.nodes();
        int loop = nodes.enclosing(i, LOOPS, FUNCTIONS);
        if (loop < 0) {
            return;
        }
        TSNode node = nodes.node(i);
        List<TSNode> args = arguments(node);
        String argument = args.isEmpty() ? "" : tree.text(args.get(0));
        if (nodes.type(loop).equals("for_in_statement")) {
            String variables = tree.text(nodes.node(loop).getChildByFieldName("left"));
            for (String v : variables.split("[^A-Za-z0-9_$]+")) {
                if (!v.isEmpty() && !v.matches("const|let|var") && argument.matches("(?s).*\\b" + Pattern.quote(v) + "\\b.*")
                        && !argument.startsWith("JSON.stringify")) {
                    return; // parses what each iteration brings
                }
            }
        } else if (!argument.startsWith("JSON.stringify")) {
            return; // a counting loop: only the deep-copy round trip is plainly repeated work
        }
        report.at(node, "JSON.parse() on every iteration of data that could be parsed once");
    }

    /** A return of JSX whose only text is a placeholder and which shows no data. */
    private static void placeholderUi(SyntaxTree.TreeSitter tree, TreeSitterRule.Report report) {
        if (tree.language().equals("typescript")) {
            return; // no JSX in .ts files
        }
        for (TSNode ret : tree.nodes().ofType("return_statement")) {
            String text = tree.text(ret).replaceAll("//[^\n]*", "").strip();
            if (!text.matches("(?s)return\\s*\\(?\\s*<.*")) {
                continue;
            }
            String jsx = text.replaceFirst("^return\\s*\\(?", "");
            if (jsx.contains("{")) {
                continue; // shows data or handles events
            }
            String words = jsx.replaceAll("<[^>]*>", " ").replaceAll("[();]", " ").replaceAll("\\s+", " ").strip();
            if (!words.isEmpty() && PLACEHOLDER.matcher(words).matches()) {
                report.at(ret, "renders only \"" + words + "\"");
            }
        }
    }
}
