package dev.uplift.analysis.rules.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.WhileStmt;

import java.util.Optional;

/** Where a node runs once per iteration: inside a loop body or a {@code forEach} lambda of its method. */
public final class Loops {
    private Loops() {
    }

    /** The loop statement or forEach call whose body holds the node, within the node's own method. */
    static Optional<Node> enclosingLoop(Node node) {
        Node child = node;
        Node parent = node.getParentNode().orElse(null);
        while (parent != null && !(parent instanceof CallableDeclaration<?>)) {
            if (parent instanceof ForEachStmt f && f.getBody() == child
                    || parent instanceof ForStmt f2 && f2.getBody() == child
                    || parent instanceof WhileStmt w && w.getBody() == child
                    || parent instanceof DoStmt d && d.getBody() == child) {
                return Optional.of(parent);
            }
            if (parent instanceof LambdaExpr && parent.getParentNode().orElse(null) instanceof MethodCallExpr call
                    && call.getNameAsString().matches("forEach|forEachOrdered|map|flatMap|filter|peek")) {
                return Optional.of(call);
            }
            child = parent;
            parent = parent.getParentNode().orElse(null);
        }
        return Optional.empty();
    }

    public static boolean inLoop(Node node) {
        return enclosingLoop(node).isPresent();
    }
}
