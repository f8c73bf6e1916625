package dev.uplift.analysis.rules.java;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import dev.uplift.analysis.parse.ParsedFile;
import dev.uplift.model.Category;
import dev.uplift.model.Finding;
import dev.uplift.model.Rule;
import dev.uplift.model.Severity;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * HTTP and JDBC clients whose defaults wait forever: {@code HttpClient.newHttpClient()} or a builder
 * without {@code connectTimeout}, {@code new RestTemplate()} with no request factory,
 * {@code URL.openConnection()} without both timeouts set in the same method, and
 * {@code DriverManager.getConnection} with no login timeout and no timeout in a literal URL.
 */
public final class MissingTimeoutRule extends JavaRule {
    public static final Rule RULE = new Rule("ERR-NO-TIMEOUT", "Remote calls without timeouts", Category.ERROR_HANDLING,
            Severity.MAJOR, 30, 400,
            "A client for a remote service is created with defaults that wait forever: one slow dependency then "
                    + "holds threads until the service stops answering.",
            "Set connect and read/request timeouts explicitly (HttpClient.Builder.connectTimeout and "
                    + "HttpRequest.Builder.timeout, a RestTemplate request factory, setConnectTimeout/setReadTimeout, "
                    + "the JDBC driver's connect and socket timeouts).");

    @Override
    public Rule rule() {
        return RULE;
    }

    @Override
    void check(ParsedFile file, CompilationUnit unit, Consumer<Finding> findings) {
        boolean loginTimeout = JavaNodes.of(unit).all(MethodCallExpr.class).stream()
                .anyMatch(m -> m.getNameAsString().equals("setLoginTimeout"));
        for (MethodCallExpr call : JavaNodes.of(unit).all(MethodCallExpr.class)) {
            String name = call.getNameAsString();
            String scope = call.getScope().map(Expression::toString).orElse("");
            if (scope.equals("HttpClient") && name.equals("newHttpClient")) {
                findings.accept(at(file, call, "HttpClient.newHttpClient() has no connect timeout"));
            } else if (scope.equals("HttpClient") && name.equals("newBuilder") && !chainCalls(call).contains("connectTimeout")) {
                findings.accept(at(file, call, "HttpClient built without connectTimeout"));
            } else if (name.equals("openConnection") && !setsBothTimeouts(call)) {
                findings.accept(at(file, call, "URL connection opened without setConnectTimeout and setReadTimeout"));
            } else if (scope.equals("DriverManager") && name.equals("getConnection") && !loginTimeout
                    && !literalUrlWithTimeout(call)) {
                findings.accept(at(file, call, "JDBC connection with no login timeout and no timeout in the URL"));
            }
        }
        for (ObjectCreationExpr created : JavaNodes.of(unit).all(ObjectCreationExpr.class)) {
            if (created.getType().getNameAsString().equals("RestTemplate") && created.getArguments().isEmpty()) {
                findings.accept(at(file, created, "new RestTemplate() uses a request factory without timeouts"));
            }
        }
    }

    /** Names of the calls chained on a builder call: {@code newBuilder().a().b().build()} → a, b, build. */
    private static Set<String> chainCalls(MethodCallExpr start) {
        Set<String> names = new HashSet<>();
        Node current = start;
        while (current.getParentNode().orElse(null) instanceof MethodCallExpr parent
                && parent.getScope().isPresent() && parent.getScope().get() == current) {
            names.add(parent.getNameAsString());
            current = parent;
        }
        return names;
    }

    private static boolean setsBothTimeouts(MethodCallExpr call) {
        Node method = call.findAncestor(CallableDeclaration.class).map(n -> (Node) n).orElse(call);
        Set<String> names = new HashSet<>();
        method.findAll(MethodCallExpr.class).forEach(m -> names.add(m.getNameAsString()));
        return names.contains("setConnectTimeout") && names.contains("setReadTimeout");
    }

    private static boolean literalUrlWithTimeout(MethodCallExpr call) {
        return !call.getArguments().isEmpty() && call.getArgument(0).isStringLiteralExpr()
                && call.getArgument(0).asStringLiteralExpr().getValue().toLowerCase(Locale.ROOT).contains("timeout");
    }
}
