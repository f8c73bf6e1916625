package dev.uplift.analysis.rules.java;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import dev.uplift.analysis.parse.ParsedFile;
import dev.uplift.analysis.rules.FileRule;
import dev.uplift.model.Category;
import dev.uplift.model.Finding;
import dev.uplift.model.Rule;
import dev.uplift.model.Severity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Injection rules on {@link TaintTracker}: each names its sinks (the calls, and which argument of
 * them, that must never receive untrusted data) and reports a sink reached by tainted data once.
 */
public final class InjectionRules {
    public static final Rule SQL = rule("SEC-SQL-INJECTION", "SQL injection", 89, Severity.CRITICAL,
            "Untrusted data is built into an SQL statement, so it can change the query.",
            "Use a PreparedStatement (or the framework's bind parameters) and pass the value as a parameter.");
    public static final Rule COMMAND = rule("SEC-COMMAND-INJECTION", "OS command injection", 78, Severity.CRITICAL,
            "Untrusted data reaches an operating-system command.",
            "Do not build commands from input: use fixed programs with validated, allow-listed arguments in "
                    + "ProcessBuilder's list form.");
    public static final Rule PATH = rule("SEC-PATH-TRAVERSAL", "Path traversal", 22, Severity.MAJOR,
            "Untrusted data chooses a file path, so '../' can reach files outside the intended folder.",
            "Resolve against a base folder, normalize, and check the result still starts with the base "
                    + "(or keep only Path.getFileName()).");
    public static final Rule LDAP = rule("SEC-LDAP-INJECTION", "LDAP injection", 90, Severity.CRITICAL,
            "Untrusted data is built into an LDAP search filter.",
            "Escape filter values (RFC 4515) or use the directory library's filter builders.");
    public static final Rule XPATH = rule("SEC-XPATH-INJECTION", "XPath injection", 643, Severity.MAJOR,
            "Untrusted data is built into an XPath expression.",
            "Use XPath variables (XPathVariableResolver) instead of string building.");
    public static final Rule XSS = rule("SEC-XSS", "Cross-site scripting", 79, Severity.CRITICAL,
            "Untrusted data is written into an HTTP response without encoding.",
            "Encode for the output context (OWASP Encoder's Encode.forHtml…) or render through an auto-escaping "
                    + "template.");
    public static final Rule TRUST_BOUNDARY = rule("SEC-TRUST-BOUNDARY", "Trust boundary violation", 501,
            Severity.MINOR, "Untrusted request data is stored in the session, where later code trusts it.",
            "Validate the value before it crosses into the session, or store only data the server produced.");

    private static final Set<String> SQL_CALLS = Set.of("executeQuery", "executeUpdate", "execute", "executeLargeUpdate",
            "addBatch", "prepareStatement", "prepareCall", "createQuery", "createNativeQuery", "createSQLQuery",
            "queryForObject", "queryForList", "queryForMap", "queryForRowSet", "query", "update", "batchUpdate",
            "nativeQuery", "sql");
    private static final Set<String> PATH_TYPES = Set.of("File", "FileInputStream", "FileOutputStream", "FileReader",
            "FileWriter", "RandomAccessFile", "PrintWriter");
    private static final Set<String> PATH_CALLS = Set.of("newInputStream#Files",
            "newOutputStream#Files", "newBufferedReader#Files", "newBufferedWriter#Files", "readAllBytes#Files",
            "readString#Files", "write#Files", "writeString#Files", "delete#Files", "copy#Files", "move#Files",
            "lines#Files", "readAllLines#Files", "deleteIfExists#Files");

    private InjectionRules() {
    }

    private static Rule rule(String id, String name, int cwe, Severity severity, String description, String fix) {
        return new Rule(id, name, Category.SECURITY, severity, 60, cwe, description, fix);
    }

    private static List<Injection> families() {
        Sink command = new Sink() {
            @Override
            public Optional<Expression> argument(Expression e) {
                return InjectionRules.command(e);
            }

            @Override
            public List<Expression> arguments(Expression e) {
                if (e instanceof ObjectCreationExpr o && o.getType().getNameAsString().equals("ProcessBuilder")) {
                    return o.getArguments(); // new ProcessBuilder("sh", "-c", input): any word can inject
                }
                if (e instanceof MethodCallExpr m && m.getNameAsString().equals("command")) {
                    return m.getArguments(); // pb.command("bash", "-c", input)
                }
                return argument(e).map(List::of).orElse(List.of());
            }
        };
        Sink xss = new Sink() {
            @Override
            public Optional<Expression> argument(Expression e) {
                return InjectionRules.xss(e);
            }

            @Override
            public List<Expression> arguments(Expression e) {
                // printf("<p>%s</p>", input): the input is an argument after the format
                return argument(e).isPresent() ? ((MethodCallExpr) e).getArguments() : List.of();
            }
        };
        return List.of(new Injection(SQL, InjectionRules::sql), new Injection(COMMAND, command),
                new Injection(PATH, InjectionRules::path), new Injection(LDAP, InjectionRules::ldap),
                new Injection(XPATH, InjectionRules::xpath), new Injection(XSS, xss),
                new Injection(TRUST_BOUNDARY, InjectionRules::trustBoundary));
    }

    /** One rule per family; they share one taint analysis per file. */
    private static final List<Injection> FAMILIES = families();

    /** The last file analysed on this thread and its hits: the family rules run one after another on it. */
    private static final ThreadLocal<Analysis> LAST = new ThreadLocal<>();

    /** A sink reached: by a traced source (confirmed), or by a string built from variables (review). */
    private record Hit(Expression sink, String message, boolean review) {
    }

    /** Families whose sinks are worth a look even without a traced source when their input is built at run time. */
    private static final Set<Rule> REVIEWED_WHEN_BUILT = Set.of(SQL, COMMAND, LDAP, XPATH);

    private record Analysis(CompilationUnit unit, Map<Rule, List<Hit>> hits) {
    }

    public static List<FileRule> all() {
        return List.copyOf(FAMILIES);
    }

    /** Every family's hits in the unit, from one pass of the taint tracker over each method. */
    private static Map<Rule, List<Hit>> analyse(CompilationUnit unit) {
        Analysis last = LAST.get();
        if (last != null && last.unit() == unit) {
            return last.hits();
        }
        Map<Rule, List<Hit>> hits = new HashMap<>();
        if (TaintVocabulary.mayHoldSources(unit)) {
            for (CallableDeclaration<?> method : JavaNodes.of(unit).all(CallableDeclaration.class)) {
                Map<Rule, Set<Expression>> reported = new HashMap<>(); // a sink evaluated twice (loops) counts once
                TaintTracker.analyze(method, (e, tracker) -> {
                    for (Injection family : FAMILIES) {
                        family.sink.arguments(e).stream().map(tracker::taintOf).flatMap(Optional::stream).findFirst()
                                .filter(source -> reported.computeIfAbsent(family.rule,
                                        k -> Collections.newSetFromMap(new IdentityHashMap<>())).add(e))
                                .ifPresent(source -> hits.computeIfAbsent(family.rule, k -> new ArrayList<>()).add(
                                        new Hit(e, family.rule.name() + ": data from " + source + " reaches "
                                                + sinkName(e), false)));
                    }
                });
            }
        }
        reviewBuiltInputs(unit, hits);
        LAST.set(new Analysis(unit, hits));
        return hits;
    }

    /**
     * Sinks no source was traced to but whose query or command is built from variables (a public
     * method's parameter concatenated into SQL): review findings, one severity lower.
     */
    private static void reviewBuiltInputs(CompilationUnit unit, Map<Rule, List<Hit>> hits) {
        List<Expression> calls = new ArrayList<>(JavaNodes.of(unit).all(MethodCallExpr.class));
        calls.addAll(JavaNodes.of(unit).all(ObjectCreationExpr.class));
        for (Injection family : FAMILIES) {
            if (!REVIEWED_WHEN_BUILT.contains(family.rule)) {
                continue;
            }
            Set<Expression> confirmed = Collections.newSetFromMap(new IdentityHashMap<>());
            hits.getOrDefault(family.rule, List.of()).forEach(h -> confirmed.add(h.sink()));
            for (Expression e : calls) {
                if (!confirmed.contains(e) && family.sink.arguments(e).stream().anyMatch(BuiltStrings::isBuilt)) {
                    hits.computeIfAbsent(family.rule, k -> new ArrayList<>()).add(new Hit(e, family.rule.name()
                            + ": a string built from variables reaches " + sinkName(e), true));
                }
            }
        }
    }

    private static String sinkName(Expression e) {
        if (e instanceof MethodCallExpr m) {
            return m.getNameAsString() + "(…)";
        }
        return e instanceof ObjectCreationExpr o ? "new " + o.getType().getNameAsString() + "(…)" : e.toString();
    }

    /** The argument of a sink expression that must not be tainted, if the expression is a sink. */
    private interface Sink {
        Optional<Expression> argument(Expression e);

        /** Every argument that must not be tainted (a command's varargs); by default the one above. */
        default List<Expression> arguments(Expression e) {
            return argument(e).map(List::of).orElse(List.of());
        }
    }

    private static final class Injection extends JavaRule {
        private final Rule rule;
        private final Sink sink;

        Injection(Rule rule, Sink sink) {
            this.rule = rule;
            this.sink = sink;
        }

        @Override
        public Rule rule() {
            return rule;
        }

        @Override
        void check(ParsedFile file, CompilationUnit unit, Consumer<Finding> findings) {
            for (Hit hit : analyse(unit).getOrDefault(rule, List.of())) {
                Finding finding = at(file, hit.sink(), hit.message());
                findings.accept(hit.review() ? FileRule.unconfirmed(finding) : finding);
            }
        }
    }

    private static String scope(MethodCallExpr m) {
        return m.getScope().map(Expression::toString).orElse("");
    }

    private static Optional<Expression> sql(Expression e) {
        if (e instanceof MethodCallExpr m && SQL_CALLS.contains(m.getNameAsString()) && m.getArguments().size() >= 1) {
            String s = scope(m).toLowerCase(Locale.ROOT);
            boolean generic = m.getNameAsString().matches("query|update|execute|sql");
            // "execute", "query" and "update" are common names: only on statements, templates and sessions
            String receiver = JavaNodes.lastSegment(s).replaceAll("\\(\\)$", ""); // jdbc.getTemplate() -> gettemplate
            if (generic && !receiver.matches("st|ps|em|db|stmt|conn|handle|.*(statement|jdbc|template|session|"
                    + "entitymanager|connection)")) {
                return Optional.empty();
            }
            return Optional.of(m.getArgument(0));
        }
        return Optional.empty();
    }

    private static Optional<Expression> command(Expression e) {
        if (e instanceof MethodCallExpr m && m.getNameAsString().equals("exec") && !m.getArguments().isEmpty()
                && scope(m).contains("Runtime")) {
            return Optional.of(m.getArgument(0));
        }
        if (e instanceof MethodCallExpr m && m.getNameAsString().equals("command") && !m.getArguments().isEmpty()) {
            return Optional.of(m.getArgument(0));
        }
        if (e instanceof ObjectCreationExpr o && o.getType().getNameAsString().equals("ProcessBuilder")
                && !o.getArguments().isEmpty()) {
            return Optional.of(o.getArgument(0));
        }
        return Optional.empty();
    }

    private static Optional<Expression> path(Expression e) {
        boolean onlyNamed = e.getParentNode().filter(p -> p instanceof MethodCallExpr call
                && call.getScope().map(s -> s == e).orElse(false) && call.getNameAsString().equals("getName")).isPresent();
        if (e instanceof ObjectCreationExpr o && PATH_TYPES.contains(o.getType().getNameAsString())
                && !o.getArguments().isEmpty() && !onlyNamed) { // new File(input).getName() keeps only the name
            // new File(base, name): the name is what escapes the base
            return Optional.of(o.getArgument(o.getArguments().size() >= 2 && o.getType().getNameAsString()
                    .equals("File") ? 1 : 0));
        }
        if (e instanceof MethodCallExpr m && !m.getArguments().isEmpty()) {
            String key = m.getNameAsString() + "#" + JavaNodes.lastSegment(scope(m));
            if (PATH_CALLS.contains(key)) {
                return Optional.of(m.getArgument(0));
            }
            // base.resolve(input) escapes the base; inside another path sink it is that sink's finding
            boolean insideSink = m.getParentNode().filter(p -> p instanceof Expression parent && parent != m
                    && !(parent instanceof MethodCallExpr pm && pm.getScope().map(sc -> sc == m).orElse(false))
                    && path(parent).isPresent()).isPresent();
            if (m.getNameAsString().equals("resolve") && m.getArguments().size() == 1 && !insideSink
                    && m.getScope().map(InjectionRules::isPath).orElse(false)) {
                return Optional.of(m.getArgument(0));
            }
        }
        return Optional.empty();
    }

    /** Whether the expression is a java.nio Path: Paths.get/Path.of, or a variable, parameter or field declared Path. */
    private static boolean isPath(Expression e) {
        if (e instanceof MethodCallExpr m) {
            String s = scope(m);
            String name = m.getNameAsString();
            return name.equals("get") && s.endsWith("Paths") || name.equals("of") && s.endsWith("Path")
                    || name.matches("resolve|resolveSibling|normalize|toPath|getParent")
                    && m.getScope().map(InjectionRules::isPath).orElse(false);
        }
        String name = e.isNameExpr() ? e.asNameExpr().getNameAsString()
                : e.isFieldAccessExpr() ? e.asFieldAccessExpr().getNameAsString() : null;
        if (name == null) {
            return false;
        }
        List<VariableDeclarator> declared = new ArrayList<>();
        List<Parameter> parameters = new ArrayList<>();
        e.findAncestor(CallableDeclaration.class).ifPresent(m -> {
            declared.addAll(m.findAll(VariableDeclarator.class));
            parameters.addAll(m.findAll(Parameter.class));
        });
        e.findAncestor(TypeDeclaration.class).ifPresent(t -> t.getFields()
                .forEach(f -> declared.addAll(((FieldDeclaration) f).getVariables())));
        return declared.stream().anyMatch(v -> v.getNameAsString().equals(name) && v.getTypeAsString().endsWith("Path"))
                || parameters.stream().anyMatch(p -> p.getNameAsString().equals(name)
                && p.getTypeAsString().endsWith("Path"));
    }

    private static Optional<Expression> ldap(Expression e) {
        if (e instanceof MethodCallExpr m && m.getNameAsString().equals("search") && m.getArguments().size() >= 2
                && scope(m).toLowerCase(Locale.ROOT).matches(".*(ctx|context|ldap|dir|template).*")) {
            return Optional.of(m.getArgument(1));
        }
        return Optional.empty();
    }

    private static Optional<Expression> xpath(Expression e) {
        if (e instanceof MethodCallExpr m && m.getNameAsString().matches("compile|evaluate|selectNodes|selectSingleNode")
                && !m.getArguments().isEmpty() && scope(m).toLowerCase(Locale.ROOT).contains("xpath")) {
            return Optional.of(m.getArgument(0));
        }
        return Optional.empty();
    }

    private static Optional<Expression> xss(Expression e) {
        if (e instanceof MethodCallExpr m && m.getNameAsString().matches("print|println|write|append|printf|format")
                && !m.getArguments().isEmpty()) {
            String s = scope(m);
            if (s.contains("getWriter()") || s.contains("getOutputStream()") || s.matches("(?i).*(writer|out)")
                    && m.findAncestor(CompilationUnit.class).map(InjectionRules::importsServlets).orElse(false)) {
                return Optional.of(m.getArgument(0));
            }
        }
        return Optional.empty();
    }

    private static boolean importsServlets(CompilationUnit unit) {
        return unit.getImports().stream().anyMatch(i -> i.getNameAsString().contains(".servlet"));
    }

    private static Optional<Expression> trustBoundary(Expression e) {
        if (e instanceof MethodCallExpr m && m.getNameAsString().matches("setAttribute|putValue")
                && m.getArguments().size() == 2 && scope(m).toLowerCase(Locale.ROOT).contains("session")) {
            return Optional.of(m.getArgument(1));
        }
        return Optional.empty();
    }
}
