package dev.uplift.analysis.rules.java;

import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;

import java.util.Optional;

/**
 * Whether a query or command string is put together at run time from values of unknown origin — the
 * method's own parameters, fields, or what is read from them: {@code "… WHERE name = '" + name + "'"}
 * in a DAO method, {@code String.format("… %s", this.table)}, or a local variable built that way. With no
 * traced source this is a point to review, not a proven injection. Methods that take request data are
 * left to the taint tracker, which knows where their values come from (a parsed number, a constant
 * chosen by a condition), and so are locals computed by calls.
 */
final class BuiltStrings {
    private BuiltStrings() {
    }

    static boolean isBuilt(Expression e) {
        Optional<CallableDeclaration> method = e.findAncestor(CallableDeclaration.class);
        if (method.isPresent() && takesRequestData(method.get())) {
            return false;
        }
        return isBuilt(e, 0);
    }

    @SuppressWarnings("unchecked")
    private static boolean takesRequestData(CallableDeclaration<?> method) {
        for (Parameter p : (Iterable<Parameter>) method.getParameters()) {
            if (TaintVocabulary.isSourceParameter(p) || p.getTypeAsString().contains("Request")
                    || !p.getAnnotations().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBuilt(Expression e, int depth) {
        if (depth > 3) {
            return false;
        }
        if (e.isEnclosedExpr()) {
            return isBuilt(e.asEnclosedExpr().getInner(), depth);
        }
        if (e instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.PLUS) {
            return hasString(b) && hasVariable(b);
        }
        if (e instanceof MethodCallExpr m && (m.getNameAsString().equals("format") || m.getNameAsString().equals("formatted"))) {
            return m.getArguments().stream().skip(m.getNameAsString().equals("format") ? 1 : 0)
                    .anyMatch(a -> unknownOrigin(a, 0));
        }
        if (e instanceof NameExpr n) {
            return assignedValue(n).map(v -> isBuilt(v, depth + 1)).orElse(false);
        }
        return false;
    }

    /** The value a local variable of the enclosing method was declared with or last assigned before its use. */
    private static Optional<Expression> assignedValue(NameExpr name) {
        Optional<CallableDeclaration> method = name.findAncestor(CallableDeclaration.class);
        if (method.isEmpty()) {
            return Optional.empty();
        }
        Expression found = null;
        int use = name.getBegin().map(p -> p.line).orElse(Integer.MAX_VALUE);
        for (VariableDeclarator v : method.get().findAll(VariableDeclarator.class)) {
            if (v.getNameAsString().equals(name.getNameAsString()) && v.getInitializer().isPresent()
                    && v.getBegin().map(p -> p.line).orElse(0) <= use) {
                found = v.getInitializer().get();
            }
        }
        for (AssignExpr a : method.get().findAll(AssignExpr.class)) {
            if (a.getTarget().isNameExpr() && a.getTarget().asNameExpr().getNameAsString().equals(name.getNameAsString())
                    && a.getBegin().map(p -> p.line).orElse(0) < use) {
                found = a.getOperator() == AssignExpr.Operator.PLUS ? new BinaryExpr(a.getTarget(), a.getValue(),
                        BinaryExpr.Operator.PLUS) : a.getValue();
            }
        }
        return Optional.ofNullable(found);
    }

    private static boolean hasString(Expression e) {
        if (e instanceof BinaryExpr b) {
            return hasString(b.getLeft()) || hasString(b.getRight());
        }
        return e.isStringLiteralExpr() || e.isTextBlockLiteralExpr();
    }

    private static boolean hasVariable(Expression e) {
        if (e instanceof BinaryExpr b) {
            return hasVariable(b.getLeft()) || hasVariable(b.getRight());
        }
        return unknownOrigin(e, 0);
    }

    /** A parameter or field of the method, read directly, through a getter, or through a local built from one. */
    private static boolean unknownOrigin(Expression e, int depth) {
        if (isConstant(e) || depth > 3) {
            return false;
        }
        if (e.isEnclosedExpr()) {
            return unknownOrigin(e.asEnclosedExpr().getInner(), depth);
        }
        if (e instanceof FieldAccessExpr f) {
            return f.getScope().isThisExpr() || unknownOrigin(f.getScope(), depth + 1);
        }
        if (e instanceof MethodCallExpr m) {
            return m.getScope().map(s -> unknownOrigin(s, depth + 1)).orElse(false);
        }
        if (e instanceof NameExpr n) {
            Optional<CallableDeclaration> method = n.findAncestor(CallableDeclaration.class);
            boolean parameter = method.map(d -> ((CallableDeclaration<?>) d).getParameters().stream()
                    .anyMatch(p -> p.getNameAsString().equals(n.getNameAsString()))).orElse(false);
            if (parameter) {
                return true;
            }
            Optional<Expression> value = assignedValue(n);
            if (value.isEmpty()) { // not a local of the method: a field
                return method.map(d -> ((CallableDeclaration<?>) d).findAll(VariableDeclarator.class).stream()
                        .noneMatch(v -> v.getNameAsString().equals(n.getNameAsString()))).orElse(false);
            }
            Expression v = value.get();
            return v instanceof BinaryExpr ? hasVariable(v) : v instanceof NameExpr || v instanceof FieldAccessExpr
                    ? unknownOrigin(v, depth + 1) : false;
        }
        return false;
    }

    /** A literal, or a name written as a constant (UPPER_CASE), or one of those in parentheses. */
    private static boolean isConstant(Expression e) {
        if (e instanceof LiteralExpr) {
            return true;
        }
        if (e.isEnclosedExpr()) {
            return isConstant(e.asEnclosedExpr().getInner());
        }
        String name = e instanceof NameExpr n ? n.getNameAsString()
                : e instanceof FieldAccessExpr f ? f.getNameAsString() : null;
        return name != null && name.matches("[A-Z][A-Z0-9_]*");
    }
}
