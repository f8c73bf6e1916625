package dev.uplift.analysis.rules.simulated;

import com.github.javaparser.Range;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.comments.Comment;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import dev.uplift.analysis.rules.java.JavaNodes;
import dev.uplift.analysis.rules.java.Loops;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the methods of a Java compilation unit into {@link FunctionShape}s for the judge of simulated work. */
final class JavaShapes {
    private JavaShapes() {
    }

    /** The methods with a body that the candidates accept. */
    static List<FunctionShape> read(CompilationUnit unit, List<String> lines, Candidates candidates) {
        List<FunctionShape> out = new ArrayList<>();
        for (MethodDeclaration m : JavaNodes.of(unit).all(MethodDeclaration.class)) {
            if (m.getBody().isEmpty() || m.getRange().isEmpty()) {
                continue;
            }
            Range range = m.getRange().get();
            if (!candidates.worthReading(range.begin.line, range.end.line)) {
                continue;
            }
            out.add(shape(m, m.getBody().get(), lines));
        }
        return out;
    }

    private static FunctionShape shape(MethodDeclaration m, BlockStmt body, List<String> lines) {
        String owner = m.findAncestor(TypeDeclaration.class).map(t -> t.getNameAsString()).orElse("");
        boolean declaration = m.isAbstract() || m.findAncestor(ClassOrInterfaceDeclaration.class)
                .map(ClassOrInterfaceDeclaration::isInterface).orElse(false);
        List<String> parameters = m.getParameters().stream().map(Parameter::getNameAsString).toList();
        String code = body.getRange().map(r -> text(lines, r)).orElse("");
        List<String> comments = new ArrayList<>();
        for (Comment c : body.getAllContainedComments()) {
            String comment = c.getRange().map(r -> text(lines, r)).orElse(c.getContent());
            comments.add(comment);
            code = code.replace(comment, " ");
        }
        List<String> statements = new ArrayList<>();
        for (Statement s : body.getStatements()) {
            statements.add(s.getRange().map(r -> text(lines, r)).orElse(s.toString()));
        }
        List<FunctionShape.Returned> returns = new ArrayList<>();
        List<FunctionShape.Call> calls = new ArrayList<>();
        Map<String, String> locals = new LinkedHashMap<>();
        body.walk(node -> { // one walk of the body, in source order, for returns, calls and locals
            if (node instanceof ReturnStmt r && ownMethod(r, m)) {
                String value = r.getExpression().flatMap(Node::getRange).map(range -> text(lines, range)).orElse("");
                returns.add(new FunctionShape.Returned(value, r.findAncestor(CatchClause.class)
                        .filter(c -> c.isDescendantOf(m)).isPresent()));
            } else if (node instanceof MethodCallExpr call) {
                String callee = call.getScope().map(s -> s.toString() + ".").orElse("") + call.getNameAsString();
                calls.add(new FunctionShape.Call(callee, call.getRange().map(r -> text(lines, r)).orElse(call.toString()),
                        Loops.inLoop(call)));
            } else if (node instanceof VariableDeclarator v) {
                v.getInitializer().flatMap(Node::getRange).ifPresent(r -> locals.put(v.getNameAsString(), text(lines, r)));
            } else if (node instanceof AssignExpr a && a.getTarget().isNameExpr()
                    && a.getOperator() == AssignExpr.Operator.ASSIGN) {
                a.getValue().getRange().ifPresent(r -> locals.put(a.getTarget().toString(), text(lines, r)));
            }
        });
        int line = m.getBegin().map(p -> p.line).orElse(1);
        return new FunctionShape(m.getNameAsString(), owner, line, parameters, code, comments, statements, returns, calls,
                locals, declaration);
    }

    /** A return of the method itself, not of a lambda or an anonymous class inside it. */
    private static boolean ownMethod(ReturnStmt r, MethodDeclaration m) {
        for (Node p = r.getParentNode().orElse(null); p != null && p != m; p = p.getParentNode().orElse(null)) {
            if (p instanceof LambdaExpr || p instanceof ObjectCreationExpr o && o.getAnonymousClassBody().isPresent()
                    || p instanceof MethodDeclaration) {
                return false;
            }
        }
        return true;
    }

    /** The source text of a range (JavaParser's columns are 1-based and count a tab as one). */
    static String text(List<String> lines, Range range) {
        int first = range.begin.line - 1;
        int last = Math.min(range.end.line - 1, lines.size() - 1);
        if (first < 0 || first > last) {
            return "";
        }
        if (first == last) {
            String l = lines.get(first);
            return l.substring(Math.min(l.length(), range.begin.column - 1), Math.min(l.length(), range.end.column));
        }
        StringBuilder out = new StringBuilder();
        String head = lines.get(first);
        out.append(head.substring(Math.min(head.length(), range.begin.column - 1))).append('\n');
        for (int i = first + 1; i < last; i++) {
            out.append(lines.get(i)).append('\n');
        }
        String tail = lines.get(last);
        out.append(tail, 0, Math.min(tail.length(), range.end.column));
        return out.toString();
    }
}
