package dev.uplift.analysis.rules.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.BreakStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ContinueStmt;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.expr.SwitchExpr;
import com.github.javaparser.ast.stmt.SynchronizedStmt;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.stmt.WhileStmt;

/**
 * Complexity of one method or constructor, by the usual definitions (docs/scoring.md, "Java rules and
 * metric definitions"; checked against PMD by {@code MetricAgreementTest}):
 *
 * <ul>
 *   <li><b>Cyclomatic</b> (McCabe, as PMD 7 counts it): 1 + each {@code if}, loop, {@code case} label,
 *       {@code catch}, {@code throw} and {@code ?:}, and each {@code &&}/{@code ||} in the condition of one of
 *       them. Lambda bodies and nested classes are not the method's paths.</li>
 *   <li><b>Cognitive</b> (SonarSource's specification, 2017): +1 for each {@code if}, {@code else if},
 *       {@code else}, {@code switch}, loop, {@code catch}, {@code ?:}, labelled {@code break}/{@code continue},
 *       each sequence of like logical operators, and each direct recursive call; {@code if}, {@code switch},
 *       loops, {@code catch} and {@code ?:} add their nesting level too. Nesting grows inside those, inside
 *       lambdas and inside anonymous and local classes, whose code counts with the method.</li>
 *   <li><b>Nesting depth</b>: the deepest stack of control structures ({@code if}, loops, {@code switch},
 *       {@code try}, {@code synchronized}).</li>
 * </ul>
 *
 * Methods of local and anonymous classes are also measured on their own. Recursion over the tree is
 * bounded by the parser's own depth, which the front end already survived.
 */
public final class JavaComplexity {

    private JavaComplexity() {
    }

    public static int cyclomatic(CallableDeclaration<?> callable) {
        int[] n = {1};
        walk(callable, node -> {
            if (node instanceof IfStmt || node instanceof ForStmt || node instanceof ForEachStmt
                    || node instanceof WhileStmt || node instanceof DoStmt || node instanceof CatchClause
                    || node instanceof ConditionalExpr || node instanceof ThrowStmt) {
                n[0]++;
                guard(node).ifPresent(g -> n[0] += logicalOperators(g));
            } else if (node instanceof SwitchEntry e) {
                n[0] += e.getLabels().size(); // "case A, B ->" is two decisions; default has no label
            }
        });
        return n[0];
    }

    /** The condition that decides a control structure, whose && and || are decisions too. */
    private static java.util.Optional<Expression> guard(Node node) {
        if (node instanceof IfStmt s) {
            return java.util.Optional.of(s.getCondition());
        }
        if (node instanceof WhileStmt s) {
            return java.util.Optional.of(s.getCondition());
        }
        if (node instanceof DoStmt s) {
            return java.util.Optional.of(s.getCondition());
        }
        if (node instanceof ForStmt s) {
            return s.getCompare();
        }
        if (node instanceof ConditionalExpr c) {
            return java.util.Optional.of(c.getCondition());
        }
        return java.util.Optional.empty();
    }

    private static int logicalOperators(Expression guard) {
        int count = guard instanceof BinaryExpr b && isLogical(b) ? 1 : 0;
        for (BinaryExpr b : guard.findAll(BinaryExpr.class)) {
            count += b != guard && isLogical(b) ? 1 : 0;
        }
        return count;
    }

    public static int cognitive(CallableDeclaration<?> callable) {
        Cognitive c = new Cognitive(callable.getNameAsString(), callable.getParameters().size());
        callable.getChildNodes().forEach(child -> c.visit(child, 0));
        return c.total;
    }

    public static int nestingDepth(CallableDeclaration<?> callable) {
        return depth(callable, 0);
    }

    private static int depth(Node node, int level) {
        int max = level;
        for (Node child : node.getChildNodes()) {
            if (isNestedCallable(child)) {
                continue;
            }
            int childLevel = isNestingStructure(child) && !isElseIf(child) ? level + 1 : level;
            max = Math.max(max, depth(child, childLevel));
        }
        return max;
    }

    private static boolean isNestingStructure(Node n) {
        return n instanceof IfStmt || n instanceof ForStmt || n instanceof ForEachStmt || n instanceof WhileStmt
                || n instanceof DoStmt || n instanceof SwitchStmt || n instanceof TryStmt || n instanceof SynchronizedStmt;
    }

    private static boolean isElseIf(Node n) {
        return n instanceof IfStmt && n.getParentNode().filter(p -> p instanceof IfStmt parent
                && parent.getElseStmt().map(e -> e == n).orElse(false)).isPresent();
    }

    private static boolean isLogical(BinaryExpr b) {
        return b.getOperator() == BinaryExpr.Operator.AND || b.getOperator() == BinaryExpr.Operator.OR;
    }

    /** Methods of local and anonymous classes are measured on their own. */
    private static boolean isNestedCallable(Node n) {
        return n instanceof CallableDeclaration<?> || n instanceof TypeDeclaration<?>
                || n instanceof ObjectCreationExpr o && o.getAnonymousClassBody().isPresent();
    }

    /** Visits the method's own nodes; lambda bodies, like nested classes, are not its paths (as PMD counts). */
    private static void walk(Node node, java.util.function.Consumer<Node> visitor) {
        for (Node child : node.getChildNodes()) {
            if (child instanceof LambdaExpr) {
                continue;
            }
            if (isNestedCallable(child)) {
                if (child instanceof ObjectCreationExpr o) { // its arguments still belong to this method
                    o.getArguments().forEach(a -> {
                        visitor.accept(a);
                        walk(a, visitor);
                    });
                }
                continue;
            }
            visitor.accept(child);
            walk(child, visitor);
        }
    }

    private static final class Cognitive {
        private final String method;
        private final int parameters;
        private int total;

        Cognitive(String method, int parameters) {
            this.method = method;
            this.parameters = parameters;
        }

        void visit(Node node, int nesting) {
            if (node instanceof ObjectCreationExpr o && o.getAnonymousClassBody().isPresent()) {
                o.getArguments().forEach(a -> visit(a, nesting));
                // the specification counts an inner class's code with its enclosing method, one level deeper
                o.getAnonymousClassBody().get().forEach(member -> member.getChildNodes()
                        .forEach(c -> visit(c, nesting + 1)));
                return;
            }
            if (node instanceof TypeDeclaration<?> local) {
                local.getMembers().forEach(member -> member.getChildNodes().forEach(c -> visit(c, nesting + 1)));
                return;
            }
            if (node instanceof IfStmt s) {
                ifChain(s, nesting);
                return;
            }
            if (node instanceof ForStmt || node instanceof ForEachStmt || node instanceof WhileStmt
                    || node instanceof DoStmt || node instanceof SwitchStmt || node instanceof SwitchExpr
                    || node instanceof CatchClause || node instanceof ConditionalExpr) {
                total += 1 + nesting;
                children(node, nesting + 1);
                return;
            }
            if (node instanceof LambdaExpr) {
                children(node, nesting + 1);
                return;
            }
            if (node instanceof BinaryExpr b && isLogical(b) && !continuesSequence(b)) {
                total++;
            } else if ((node instanceof BreakStmt br && br.getLabel().isPresent())
                    || (node instanceof ContinueStmt co && co.getLabel().isPresent())) {
                total++;
            } else if (node instanceof MethodCallExpr call && call.getScope().isEmpty()
                    && call.getNameAsString().equals(method) && call.getArguments().size() == parameters) {
                total++; // direct recursion (an overload with other arity is another method)
            }
            children(node, nesting);
        }

        /** if: +1 + nesting; else if: +1; else: +1; the branches one level deeper. */
        private void ifChain(IfStmt s, int nesting) {
            total += 1 + nesting;
            visit(s.getCondition(), nesting);
            visit(s.getThenStmt(), nesting + 1);
            IfStmt current = s;
            while (current.getElseStmt().isPresent()) {
                Node otherwise = current.getElseStmt().get();
                total++;
                if (otherwise instanceof IfStmt elseIf) {
                    visit(elseIf.getCondition(), nesting);
                    visit(elseIf.getThenStmt(), nesting + 1);
                    current = elseIf;
                } else {
                    visit(otherwise, nesting + 1);
                    break;
                }
            }
        }

        private void children(Node node, int nesting) {
            for (Node child : node.getChildNodes()) {
                visit(child, nesting);
            }
        }

        /** Whether the operator continues a sequence of the same operator ({@code a && b && c} counts once). */
        private static boolean continuesSequence(BinaryExpr b) {
            return b.getParentNode().filter(p -> p instanceof BinaryExpr parent
                    && parent.getOperator() == b.getOperator()).isPresent();
        }
    }
}
