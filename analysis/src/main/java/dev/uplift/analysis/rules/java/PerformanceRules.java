package dev.uplift.analysis.rules.java;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.SynchronizedStmt;
import dev.uplift.analysis.rules.FileRule;
import dev.uplift.model.Category;
import dev.uplift.model.Rule;
import dev.uplift.model.Severity;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Work that belongs outside a loop, caches that only grow, and locks and blocking where they hurt a service. */
public final class PerformanceRules {
    public static final Rule QUERY_IN_LOOP = new Rule("PERF-QUERY-IN-LOOP", "Queries inside loops",
            Category.PERFORMANCE, Severity.MAJOR, 60, null,
            "A database query runs once per loop iteration (the N+1 pattern): the cost grows with the data.",
            "Fetch everything in one query (IN list, join, batch) before the loop, or batch the updates.");
    public static final Rule REGEX_IN_LOOP = new Rule("PERF-REGEX-IN-LOOP", "Regular expressions compiled in loops",
            Category.PERFORMANCE, Severity.MINOR, 10, null,
            "A regular expression is compiled on every iteration (Pattern.compile, String.matches, replaceAll).",
            "Compile the Pattern once into a static final field and reuse its matcher.");
    public static final Rule CONCAT_IN_LOOP = new Rule("PERF-STRING-CONCAT-IN-LOOP", "String concatenation in loops",
            Category.PERFORMANCE, Severity.MINOR, 10, null,
            "A String is built with += inside a loop, copying the whole text on every iteration.",
            "Use a StringBuilder (or String.join / Collectors.joining).");
    public static final Rule MAPPER_IN_LOOP = new Rule("PERF-MAPPER-IN-LOOP", "Object mappers created in loops",
            Category.PERFORMANCE, Severity.MINOR, 10, null,
            "An expensive, reusable mapper (Jackson ObjectMapper, Gson, JAXBContext) is created per iteration.",
            "Create the mapper once and share it: they are thread-safe once configured.");
    public static final Rule UNBOUNDED_CACHE = new Rule("PERF-UNBOUNDED-STATIC-CACHE", "Static collections that only grow",
            Category.PERFORMANCE, Severity.MAJOR, 45, 401,
            "A static collection is added to but never removed from or cleared: in a long-running service it grows "
                    + "until memory runs out.",
            "Use a bounded cache with eviction (Caffeine, LinkedHashMap with removeEldestEntry) or scope the data.");
    public static final Rule SYNCHRONIZED_SERVICE = new Rule("PERF-SYNCHRONIZED-SERVICE", "Locks on a service's request path",
            Category.PERFORMANCE, Severity.MINOR, 30, null,
            "A synchronized method or block in a Spring service or controller serialises every request through "
                    + "one lock.",
            "Keep request handling stateless, or use concurrent data structures and narrow locks.");
    public static final Rule BLOCKING_IN_REACTIVE = new Rule("PERF-BLOCKING-IN-REACTIVE", "Blocking calls in reactive code",
            Category.PERFORMANCE, Severity.MAJOR, 30, null,
            "block(), Thread.sleep or a blocking get() inside a method that returns Mono, Flux or CompletableFuture "
                    + "ties up the few event-loop threads.",
            "Compose the asynchronous result (flatMap, thenCompose) or move blocking work to a bounded scheduler.");

    private static final Set<String> QUERY_CALLS = Set.of("executeQuery", "executeUpdate", "prepareStatement",
            "createQuery", "createNativeQuery", "queryForObject", "queryForList", "queryForMap", "prepareCall");
    private static final Set<String> REACTIVE_TYPES = Set.of("Mono", "Flux", "CompletableFuture", "CompletionStage",
            "Single", "Observable", "Uni", "Multi");
    private static final Set<String> SERVICE_ANNOTATIONS = Set.of("Service", "RestController", "Controller",
            "Component", "Repository");

    private PerformanceRules() {
    }

    public static List<FileRule> all() {
        return List.of(JavaRule.of(QUERY_IN_LOOP, PerformanceRules::queriesInLoops),
                JavaRule.of(REGEX_IN_LOOP, PerformanceRules::regexInLoops),
                JavaRule.of(CONCAT_IN_LOOP, PerformanceRules::concatInLoops),
                JavaRule.of(MAPPER_IN_LOOP, PerformanceRules::mappersInLoops),
                JavaRule.of(UNBOUNDED_CACHE, PerformanceRules::unboundedCaches),
                JavaRule.of(SYNCHRONIZED_SERVICE, PerformanceRules::synchronizedServices),
                JavaRule.of(BLOCKING_IN_REACTIVE, PerformanceRules::blockingInReactive));
    }

    /** One finding per loop: preparing and running the same query in it is one N+1, not two. */
    private static void queriesInLoops(CompilationUnit unit, JavaRule.Report finder) {
        Set<Node> reported = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (MethodCallExpr call : JavaNodes.of(unit).all(MethodCallExpr.class)) {
            if (QUERY_CALLS.contains(call.getNameAsString())) {
                Loops.enclosingLoop(call).filter(reported::add).ifPresent(loop ->
                        finder.at(call, call.getNameAsString() + "(…) runs once per loop iteration"));
            }
        }
    }

    private static void regexInLoops(CompilationUnit unit, JavaRule.Report finder) {
        for (MethodCallExpr call : JavaNodes.of(unit).all(MethodCallExpr.class)) {
            String name = call.getNameAsString();
            boolean compiles = name.equals("compile") && call.getScope().map(s -> s.toString().endsWith("Pattern"))
                    .orElse(false)
                    || (name.equals("matches") || name.equals("replaceAll") || name.equals("replaceFirst"))
                    && call.getArguments().size() == (name.equals("matches") ? 1 : 2)
                    && call.getScope().isPresent() && !call.getScope().get().toString().endsWith("matcher");
            if (compiles && Loops.inLoop(call)) {
                finder.at(call, name + "(…) compiles a regular expression on every iteration");
            }
        }
    }

    private static void concatInLoops(CompilationUnit unit, JavaRule.Report finder) {
        for (AssignExpr assign : JavaNodes.of(unit).all(AssignExpr.class)) {
            if (assign.getOperator() != AssignExpr.Operator.PLUS || !assign.getTarget().isNameExpr()) {
                continue;
            }
            String name = assign.getTarget().asNameExpr().getNameAsString();
            boolean isString = assign.findAncestor(CallableDeclaration.class).map(m -> m.findAll(VariableDeclarator.class)
                    .stream().anyMatch(v -> v.getNameAsString().equals(name) && v.getTypeAsString().equals("String")))
                    .orElse(false);
            if (isString && Loops.enclosingLoop(assign).map(loop -> declaredOutside(loop, name)).orElse(false)) {
                finder.at(assign, "'" + name + " +=' copies the string on every iteration");
            }
        }
    }

    private static boolean declaredOutside(Node loop, String name) {
        return loop.findAll(VariableDeclarator.class).stream().noneMatch(v -> v.getNameAsString().equals(name));
    }

    private static void mappersInLoops(CompilationUnit unit, JavaRule.Report finder) {
        for (ObjectCreationExpr created : JavaNodes.of(unit).all(ObjectCreationExpr.class)) {
            String type = created.getType().getNameAsString();
            if ((type.equals("ObjectMapper") || type.equals("Gson") || type.equals("XmlMapper")) && Loops.inLoop(created)) {
                finder.at(created, "new " + type + "() on every iteration");
            }
        }
        for (MethodCallExpr call : JavaNodes.of(unit).all(MethodCallExpr.class)) {
            if (call.getNameAsString().equals("newInstance") && call.getScope().map(s -> s.toString().equals("JAXBContext"))
                    .orElse(false) && Loops.inLoop(call)) {
                finder.at(call, "JAXBContext.newInstance(…) on every iteration");
            }
        }
    }

    private static void unboundedCaches(CompilationUnit unit, JavaRule.Report finder) {
        Set<String> shrunk = new HashSet<>();
        Set<String> grown = new HashSet<>();
        for (MethodCallExpr call : JavaNodes.of(unit).all(MethodCallExpr.class)) {
            String target = call.getScope().map(PerformanceRules::simpleName).orElse(null);
            if (target == null) {
                continue;
            }
            String name = call.getNameAsString();
            boolean staticInitializer = call.findAncestor(InitializerDeclaration.class)
                    .map(InitializerDeclaration::isStatic).orElse(false);
            if (name.matches("put|putIfAbsent|computeIfAbsent|add|addAll|merge|compute|offer|push")
                    && !staticInitializer) { // a table filled once at class load is bounded
                grown.add(target);
            } else if (name.matches("remove|removeIf|clear|poll|pop|retainAll|removeAll|invalidate.*|evict.*")) {
                shrunk.add(target);
            }
        }
        for (FieldDeclaration field : JavaNodes.of(unit).all(FieldDeclaration.class)) {
            if (!field.isStatic()) {
                continue;
            }
            for (VariableDeclarator v : field.getVariables()) {
                boolean collection = v.getInitializer().filter(Expression::isObjectCreationExpr)
                        .map(i -> i.asObjectCreationExpr().getType().getNameAsString())
                        .filter(t -> t.matches(".*(Map|List|Set|Queue|Deque)")).isPresent();
                String name = v.getNameAsString();
                if (collection && grown.contains(name) && !shrunk.contains(name)) {
                    finder.at(v, "static collection '" + name + "' is added to but never removed from");
                }
            }
        }
    }

    private static String simpleName(Expression scope) {
        if (scope.isNameExpr()) {
            return scope.asNameExpr().getNameAsString();
        }
        return scope.isFieldAccessExpr() ? scope.asFieldAccessExpr().getNameAsString() : null;
    }

    private static void synchronizedServices(CompilationUnit unit, JavaRule.Report finder) {
        for (ClassOrInterfaceDeclaration type : JavaNodes.of(unit).all(ClassOrInterfaceDeclaration.class)) {
            boolean service = type.getAnnotations().stream().anyMatch(a -> SERVICE_ANNOTATIONS.contains(a.getNameAsString()));
            if (!service) {
                continue;
            }
            for (MethodDeclaration m : type.getMethods()) {
                if (m.hasModifier(Modifier.Keyword.SYNCHRONIZED)) {
                    finder.at(m.getName(), "synchronized method '" + m.getNameAsString() + "' in "
                            + type.getNameAsString() + " serialises its callers");
                }
                m.findAll(SynchronizedStmt.class).forEach(s -> finder.at(s, "synchronized block in "
                        + type.getNameAsString() + " serialises its callers"));
            }
        }
    }

    private static void blockingInReactive(CompilationUnit unit, JavaRule.Report finder) {
        for (MethodDeclaration m : JavaNodes.of(unit).all(MethodDeclaration.class)) {
            String returned = m.getType().isClassOrInterfaceType() ? m.getType().asClassOrInterfaceType().getNameAsString()
                    : "";
            if (!REACTIVE_TYPES.contains(returned)) {
                continue;
            }
            for (MethodCallExpr call : m.findAll(MethodCallExpr.class)) {
                String name = call.getNameAsString();
                boolean blocking = name.matches("block|blockFirst|blockLast|blockingGet|join")
                        && call.getArguments().isEmpty()
                        || name.equals("sleep") && call.getScope().map(s -> s.toString().equals("Thread")).orElse(false);
                if (blocking) {
                    finder.at(call, name + "() blocks inside '" + m.getNameAsString() + "', which returns "
                            + returned);
                }
            }
        }
    }
}
