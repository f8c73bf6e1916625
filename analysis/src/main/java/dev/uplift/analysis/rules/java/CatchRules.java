package dev.uplift.analysis.rules.java;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.type.Type;
import dev.uplift.analysis.rules.FileRule;
import dev.uplift.model.Category;
import dev.uplift.model.Rule;
import dev.uplift.model.Severity;

import java.util.List;
import java.util.Set;

/**
 * What a {@code catch} does with the exception: a catch-all that drops it, an interrupt that is lost,
 * a new exception thrown without the caught one as its cause. Empty catch blocks are
 * {@code ERR-EMPTY-CATCH}'s.
 */
public final class CatchRules {
    public static final Rule CATCH_ALL = new Rule("ERR-CATCH-ALL-SWALLOWED", "Catch-all that drops the error",
            Category.ERROR_HANDLING, Severity.MAJOR, 30, 396,
            "A catch of Exception, RuntimeException or Throwable that neither rethrows nor uses the exception: "
                    + "every failure, including bugs, turns into a silent default.",
            "Catch the specific exceptions you can handle; log others with the exception and rethrow or translate.");
    public static final Rule LOST_INTERRUPT = new Rule("ERR-LOST-INTERRUPT", "Lost thread interrupt",
            Category.ERROR_HANDLING, Severity.MAJOR, 15, 391,
            "InterruptedException is caught without restoring the interrupt flag or rethrowing, so shutdown and "
                    + "cancellation requests are lost.",
            "Call Thread.currentThread().interrupt() in the catch block (or rethrow) before returning.");
    public static final Rule CAUSE_LOST = new Rule("ERR-CAUSE-LOST", "Exception rethrown without its cause",
            Category.ERROR_HANDLING, Severity.MINOR, 10, 755,
            "A catch block throws a new exception without passing the caught one as its cause, so the stack trace "
                    + "of the real failure is lost.",
            "Pass the caught exception as the cause: new ServiceException(\"context\", e).");
    private static final Set<String> CATCH_ALL_TYPES = Set.of("Exception", "RuntimeException", "Throwable",
            "java.lang.Exception", "java.lang.RuntimeException", "java.lang.Throwable");

    private CatchRules() {
    }

    public static List<FileRule> all() {
        return List.of(JavaRule.of(CATCH_ALL, CatchRules::catchAll), JavaRule.of(LOST_INTERRUPT, CatchRules::lostInterrupt),
                JavaRule.of(CAUSE_LOST, CatchRules::causeLost));
    }

    private static boolean uses(CatchClause c, String name) {
        return c.getBody().findAll(NameExpr.class).stream().anyMatch(n -> n.getNameAsString().equals(name));
    }

    private static boolean throwsSomething(CatchClause c) {
        return !c.getBody().findAll(ThrowStmt.class).isEmpty();
    }

    private static List<String> caughtTypes(CatchClause c) {
        Type type = c.getParameter().getType();
        return type.isUnionType() ? type.asUnionType().getElements().stream().map(Type::asString).toList()
                : List.of(type.asString());
    }

    private static void catchAll(CompilationUnit unit, JavaRule.Report report) {
        for (CatchClause c : JavaNodes.of(unit).all(CatchClause.class)) {
            String name = c.getParameter().getNameAsString();
            boolean catchAll = caughtTypes(c).stream().anyMatch(CATCH_ALL_TYPES::contains);
            if (catchAll && !c.getBody().getStatements().isEmpty() && !throwsSomething(c) && !uses(c, name)) {
                report.at(c, "catch of " + c.getParameter().getType() + " drops the exception: neither rethrown nor logged");
            }
        }
    }

    private static void lostInterrupt(CompilationUnit unit, JavaRule.Report report) {
        for (CatchClause c : JavaNodes.of(unit).all(CatchClause.class)) {
            boolean interrupted = caughtTypes(c).stream().anyMatch(t -> t.endsWith("InterruptedException"));
            boolean restored = c.getBody().findAll(MethodCallExpr.class).stream()
                    .anyMatch(m -> m.getNameAsString().equals("interrupt"));
            if (interrupted && !restored && !throwsSomething(c)) {
                report.at(c, "InterruptedException caught without restoring the interrupt flag");
            }
        }
    }

    private static void causeLost(CompilationUnit unit, JavaRule.Report report) {
        for (CatchClause c : JavaNodes.of(unit).all(CatchClause.class)) {
            String name = c.getParameter().getNameAsString();
            boolean chained = c.getBody().findAll(MethodCallExpr.class).stream().anyMatch(m ->
                    m.getNameAsString().equals("initCause") || m.getNameAsString().equals("addSuppressed"));
            for (ThrowStmt t : c.getBody().findAll(ThrowStmt.class)) {
                if (t.getExpression() instanceof ObjectCreationExpr created && !chained
                        && created.getArguments().stream().noneMatch(a -> a.isNameExpr()
                        && a.asNameExpr().getNameAsString().equals(name))) {
                    report.at(t, "throws a new " + created.getType().getNameAsString() + " without the caught "
                            + c.getParameter().getType() + " as its cause");
                }
            }
        }
    }
}
