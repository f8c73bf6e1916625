package dev.uplift.analysis.rules.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
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
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.stmt.WhileStmt;

/**
 * Complexity of one method or constructor, by the usual definitions (docs/scoring.md, "Java metrics"):
 *
 * <ul>
 *   <li><b>Cyclomatic</b> (McCabe, as PMD and Checkstyle count it): 1 + each {@code if}, loop, non-default
 *       {@code case} label, {@code catch}, {@code ?:}, {@code &&} and {@code ||}.</li>
 *   <li><b>Cognitive</b> (SonarSource's specification, 2017): +1 for each {@code if}, {@code else if},
 *       {@code else}, {@code switch}, loop, {@code catch}, {@code ?:}, labelled {@code break}/{@code continue},
 *       each sequence of like logical operators, and each direct recursive call; {@code if}, {@code switch},
 *       loops, {@code catch} and {@code ?:} add their nesting level too. Nesting grows inside those and inside
 *       lambdas.</li>
 *   <li><b>Nesting depth</b>: the deepest stack of control structures ({@code if}, loops, {@code switch},
 *       {@code try}, {@code synchronized}).</li>
 * </ul>
 *
 * Lambdas count with their enclosing method; methods of local and anonymous classes count on their own.
 * Recursion over the tree is bounded by the parser's own depth, which the front end already survived.
 */
public final class JavaComplexity {

    private JavaComplexity() {
    }

    public static int cyclomatic(CallableDeclaration<?> callable) {
        int[] n = {1};
        walk(callable, node -> {
            if (node instanceof IfStmt || node instanceof ForStmt || node instanceof ForEachStmt
                    || node instanceof WhileStmt || node instanceof DoStmt || node instanceof CatchClause
                    || node instanceof ConditionalExpr) {
                n[0]++;
            } else if (node instanceof SwitchEntry e) {
                n[0] += e.getLabels().size(); // "case A, B ->" is two decisions; default has no label
            } else if (node instanceof BinaryExpr b && isLogical(b)) {
                n[0]++;
            }
        });
        return n[0];
    }

    public static int cognitive(CallableDeclaration<?> callable) {
        Cognitive c = new Cognitive(callable.getNameAsString());
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

    private static void walk(Node node, java.util.function.Consumer<Node> visitor) {
        for (Node child : node.getChildNodes()) {
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
        private int total;

        Cognitive(String method) {
            this.method = method;
        }

        void visit(Node node, int nesting) {
            if (isNestedCallable(node)) {
                if (node instanceof ObjectCreationExpr o) {
                    o.getArguments().forEach(a -> visit(a, nesting));
                }
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
                    && call.getNameAsString().equals(method)) {
                total++; // direct recursion
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
