package dev.uplift.analysis.rules.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.stmt.WhileStmt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Follows untrusted data through one method: from sources (HTTP request parameters, headers, cookies,
 * query strings, request bodies and annotated handler parameters, the environment, files read) through
 * assignments, string building, collections, arrays, conditionals and the small helper methods of the
 * same class, to the sinks a {@link SinkVisitor} checks. A variable overwritten by a constant is clean
 * again; a branch guarded by a constant {@code false} is skipped; sanitizers (number parsing, encoders,
 * {@code getFileName()}) return clean values. Flow-sensitive along statements, joins both branches of
 * an {@code if}, and runs loop bodies twice so values built up across iterations are seen.
 *
 * <p>One instance per method; not thread-safe.
 */
final class TaintTracker {
    /** Called for every expression evaluated, with the taint of the variables at that point. */
    interface SinkVisitor {
        void visit(Expression expression, TaintTracker tracker);
    }

    private static final int HELPER_DEPTH = 2;

    private final Map<String, String> taint = new HashMap<>(); // variable → where its taint came from
    /** Helper results by method and tainted arguments, shared by the trackers of one analysis. */
    private final Map<HelperKey, Optional<String>> helpers;
    private final Map<String, Boolean> constantFalse = new HashMap<>();
    private final TypeDeclaration<?> owner;
    private final SinkVisitor sinks;
    private final int depth;

    private record HelperKey(MethodDeclaration method, List<String> args) {
        @Override
        public boolean equals(Object o) {
            return o instanceof HelperKey k && k.method == method && k.args.equals(args);
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(method) * 31 + args.hashCode();
        }
    }

    private TaintTracker(TypeDeclaration<?> owner, SinkVisitor sinks, int depth, Map<HelperKey, Optional<String>> helpers) {
        this.owner = owner;
        this.sinks = sinks;
        this.depth = depth;
        this.helpers = helpers;
    }

    /** Runs the method body, reporting every evaluated expression to {@code sinks}. */
    static void analyze(CallableDeclaration<?> method, SinkVisitor sinks) {
        TypeDeclaration<?> owner = method.findAncestor(TypeDeclaration.class).orElse(null);
        TaintTracker tracker = new TaintTracker(owner, sinks, 0, new HashMap<>());
        for (Parameter p : method.getParameters()) {
            if (TaintVocabulary.isSourceParameter(p)) {
                tracker.taint.put(p.getNameAsString(), "request parameter '" + p.getNameAsString() + "'");
            }
        }
        if (owner != null) {
            owner.getFields().forEach(f -> f.getVariables().forEach(v -> {
                if (f.isFinal() && v.getInitializer().map(Expression::isBooleanLiteralExpr).orElse(false)
                        && !v.getInitializer().get().asBooleanLiteralExpr().getValue()) {
                    tracker.constantFalse.put(v.getNameAsString(), true);
                }
            }));
        }
        body(method).ifPresent(tracker::run);
    }

    private static Optional<BlockStmt> body(CallableDeclaration<?> callable) {
        return callable instanceof MethodDeclaration m ? m.getBody()
                : Optional.of(((com.github.javaparser.ast.body.ConstructorDeclaration) callable).getBody());
    }

    /** Where the expression's value came from if it is tainted. */
    Optional<String> taintOf(Expression e) {
        return Optional.ofNullable(eval(e));
    }

    private void run(Statement s) {
        if (s instanceof BlockStmt b) {
            b.getStatements().forEach(this::run);
        } else if (s instanceof ExpressionStmt es) {
            expression(es.getExpression());
        } else if (s instanceof IfStmt i) {
            expression(i.getCondition());
            if (alwaysFalse(i.getCondition())) {
                i.getElseStmt().ifPresent(this::run);
                return;
            }
            Map<String, String> before = new HashMap<>(taint);
            run(i.getThenStmt());
            Map<String, String> afterThen = new HashMap<>(taint);
            taint.clear();
            taint.putAll(before);
            i.getElseStmt().ifPresent(this::run);
            afterThen.forEach(taint::putIfAbsent); // a value tainted on either path is tainted after the if
        } else if (s instanceof ForEachStmt f) {
            String source = eval(f.getIterable());
            if (source != null) {
                f.getVariable().getVariables().forEach(v -> taint.put(v.getNameAsString(), source));
            }
            twice(f.getBody());
        } else if (s instanceof ForStmt f) {
            f.getInitialization().forEach(this::expression);
            f.getCompare().ifPresent(this::expression);
            for (int n = 0; n < 2; n++) {
                run(f.getBody());
                f.getUpdate().forEach(this::expression);
            }
        } else if (s instanceof WhileStmt w) {
            expression(w.getCondition());
            twice(w.getBody());
        } else if (s instanceof DoStmt d) {
            twice(d.getBody());
            expression(d.getCondition());
        } else if (s instanceof TryStmt t) {
            t.getResources().forEach(this::expression);
            run(t.getTryBlock());
            t.getCatchClauses().forEach(c -> run(c.getBody()));
            t.getFinallyBlock().ifPresent(this::run);
        } else if (s instanceof ReturnStmt r) {
            r.getExpression().ifPresent(this::expression);
        } else {
            // switch, synchronized, labelled, throw…: evaluate what they hold, in order
            for (Node child : s.getChildNodes()) {
                if (child instanceof Statement st) {
                    run(st);
                } else if (child instanceof Expression ex) {
                    expression(ex);
                } else {
                    child.getChildNodes().forEach(c -> {
                        if (c instanceof Statement st) {
                            run(st);
                        }
                    });
                }
            }
        }
    }

    private void twice(Statement body) {
        run(body);
        run(body);
    }

    private boolean alwaysFalse(Expression condition) {
        Expression c = condition;
        while (c instanceof EnclosedExpr e) {
            c = e.getInner();
        }
        if (c.isBooleanLiteralExpr()) {
            return !c.asBooleanLiteralExpr().getValue();
        }
        return c.isNameExpr() && constantFalse.containsKey(c.asNameExpr().getNameAsString());
    }

    /** Evaluates an expression statement: declarations and assignments update the state. */
    private void expression(Expression e) {
        if (e instanceof VariableDeclarationExpr decl) {
            for (VariableDeclarator v : decl.getVariables()) {
                String source = v.getInitializer().map(this::eval).orElse(null);
                set(v.getNameAsString(), source);
            }
        } else if (e instanceof AssignExpr a) {
            String source = eval(a.getValue());
            Expression target = a.getTarget();
            String name = variable(target);
            if (name == null) {
                return;
            }
            if (target instanceof ArrayAccessExpr || a.getOperator() != AssignExpr.Operator.ASSIGN) {
                if (source != null) {
                    taint.put(name, source); // an element or an append taints the whole; it never cleans it
                }
            } else {
                set(name, source);
            }
        } else {
            eval(e);
        }
    }

    private void set(String name, String source) {
        if (source == null) {
            taint.remove(name);
        } else {
            taint.put(name, source);
        }
    }

    private static String variable(Expression target) {
        if (target instanceof NameExpr n) {
            return n.getNameAsString();
        }
        if (target instanceof FieldAccessExpr f) {
            return f.getNameAsString();
        }
        if (target instanceof ArrayAccessExpr a) {
            return variable(a.getName());
        }
        if (target instanceof MethodCallExpr m && m.getScope().isPresent()) {
            return variable(m.getScope().get()); // sb.append(a).append(b): the builder at the root of the chain
        }
        return null;
    }

    /** The source of the expression's value, or null when it is clean; reports the expression to the sinks. */
    private String eval(Expression e) {
        String result = evalInner(e);
        sinks.visit(e, this);
        return result;
    }

    private String evalInner(Expression e) {
        if (e instanceof NameExpr n) {
            return taint.get(n.getNameAsString());
        }
        if (e instanceof FieldAccessExpr f) {
            return f.getScope().isThisExpr() ? taint.get(f.getNameAsString()) : null;
        }
        if (e instanceof EnclosedExpr en) {
            return eval(en.getInner());
        }
        if (e instanceof CastExpr c) {
            String inner = eval(c.getExpression());
            return c.getType().isPrimitiveType() ? null : inner;
        }
        if (e instanceof BinaryExpr b) {
            String left = eval(b.getLeft());
            String right = eval(b.getRight());
            return b.getOperator() == BinaryExpr.Operator.PLUS ? (left != null ? left : right) : null;
        }
        if (e instanceof ConditionalExpr c) {
            eval(c.getCondition());
            String then = eval(c.getThenExpr());
            String otherwise = eval(c.getElseExpr());
            return then != null ? then : otherwise;
        }
        if (e instanceof ArrayAccessExpr a) {
            eval(a.getIndex());
            return eval(a.getName());
        }
        if (e instanceof ArrayCreationExpr a) {
            return a.getInitializer().map(this::eval).orElse(null);
        }
        if (e instanceof ArrayInitializerExpr a) {
            return first(a.getValues());
        }
        if (e instanceof ObjectCreationExpr o) {
            String args = first(o.getArguments());
            return o.getAnonymousClassBody().isPresent() ? null : args;
        }
        if (e instanceof MethodCallExpr call) {
            return call(call);
        }
        if (e instanceof AssignExpr || e instanceof VariableDeclarationExpr) {
            expression(e);
            return null;
        }
        if (e instanceof LambdaExpr || e instanceof TextBlockLiteralExpr || e.isLiteralExpr()) {
            return null;
        }
        for (Node child : e.getChildNodes()) {
            if (child instanceof Expression ex) {
                eval(ex);
            }
        }
        return null;
    }

    private String first(List<Expression> expressions) {
        String found = null;
        for (Expression x : expressions) {
            String s = eval(x);
            found = found == null ? s : found;
        }
        return found;
    }

    private String call(MethodCallExpr call) {
        String name = call.getNameAsString();
        String scopeText = call.getScope().map(Expression::toString).orElse("");
        String receiver = call.getScope().map(this::eval).orElse(null);
        List<String> args = new ArrayList<>();
        for (Expression a : call.getArguments()) {
            args.add(eval(a));
        }
        String anyArg = args.stream().filter(s -> s != null).findFirst().orElse(null);
        if (TaintVocabulary.ADDERS.contains(name) && anyArg != null && call.getScope().isPresent()) {
            String target = variable(call.getScope().get());
            if (target != null) {
                taint.put(target, anyArg); // list.add(x), map.put(k, x), sb.append(x)
            }
            return anyArg;
        }
        if (TaintVocabulary.sanitizes(name, scopeText)) {
            return null;
        }
        if (TaintVocabulary.isSource(call, name, scopeText)) {
            return TaintVocabulary.describe(name, scopeText);
        }
        boolean own = call.getScope().isEmpty() || call.getScope().get().isThisExpr();
        if (own && owner != null && !owner.getMethodsByName(name).isEmpty()) {
            return helper(call, args); // filter(request) here is this class's method, whatever its name
        }
        if (TaintVocabulary.PROPAGATORS.contains(name)) {
            return receiver != null ? receiver : anyArg;
        }
        return null;
    }

    /**
     * A method of the same class: is its result tainted when these arguments are (or because it reads a
     * source itself, like {@code filter(request)})? Analysed to a small depth.
     */
    private String helper(MethodCallExpr call, List<String> args) {
        if (owner == null || depth >= HELPER_DEPTH) {
            return null;
        }
        for (MethodDeclaration m : owner.getMethodsByName(call.getNameAsString())) {
            if (m.getParameters().size() != args.size() || m.getBody().isEmpty()) {
                continue;
            }
            HelperKey key = new HelperKey(m, new ArrayList<>(args));
            Optional<String> known = helpers.get(key);
            if (known != null) {
                return known.orElse(null);
            }
            helpers.put(key, Optional.empty()); // recursion sees "clean" while the helper is being analysed
            TaintTracker inner = new TaintTracker(owner, (e, t) -> { }, depth + 1, helpers);
            inner.constantFalse.putAll(constantFalse);
            for (int i = 0; i < args.size(); i++) {
                if (args.get(i) != null) {
                    inner.taint.put(m.getParameter(i).getNameAsString(), args.get(i));
                }
            }
            String[] returned = {null};
            inner.returns(m.getBody().get(), returned);
            helpers.put(key, Optional.ofNullable(returned[0]));
            return returned[0];
        }
        return null;
    }

    /** Runs a helper's body and keeps the first tainted value it returns. */
    private void returns(BlockStmt body, String[] returned) {
        body.getStatements().forEach(s -> collectReturns(s, returned));
    }

    private void collectReturns(Statement s, String[] returned) {
        if (s instanceof ReturnStmt r) {
            r.getExpression().ifPresent(x -> {
                String src = eval(x);
                returned[0] = returned[0] == null ? src : returned[0];
            });
        } else if (s instanceof BlockStmt b) {
            b.getStatements().forEach(x -> collectReturns(x, returned));
        } else if (s instanceof IfStmt i) {
            expression(i.getCondition());
            if (!alwaysFalse(i.getCondition())) {
                collectReturns(i.getThenStmt(), returned);
            }
            i.getElseStmt().ifPresent(x -> collectReturns(x, returned));
        } else if (s instanceof TryStmt t) {
            collectReturns(t.getTryBlock(), returned);
        } else {
            run(s);
        }
    }
}
