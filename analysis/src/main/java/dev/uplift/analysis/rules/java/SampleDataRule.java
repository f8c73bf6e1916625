package dev.uplift.analysis.rules.java;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.stmt.ReturnStmt;
import dev.uplift.analysis.parse.ParsedFile;
import dev.uplift.model.Category;
import dev.uplift.model.Finding;
import dev.uplift.model.Rule;
import dev.uplift.model.Severity;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Mock or hard-coded sample data in production code: a method that returns a collection of objects
 * built from literals ({@code List.of(new Order("A-1", "Alice", 10), …)}), a static field holding one,
 * collections named mock, fake or dummy, and placeholder people and text ("John Doe", "lorem ipsum"). Test code is left alone: the
 * engine runs file rules on it, but its findings cost nothing.
 */
public final class SampleDataRule extends JavaRule {
    public static final Rule RULE = new Rule("STUB-SAMPLE-DATA", "Hard-coded sample data", Category.CODE_QUALITY,
            Severity.MAJOR, 60, null,
            "Production code returns or holds mock, fake or hard-coded sample data: the feature looks finished "
                    + "but shows invented records.",
            "Load the data from its real source (repository, service, configuration) and move samples to tests or "
                    + "fixtures.");
    private static final Set<String> COLLECTION_FACTORIES = Set.of("of", "asList", "ofEntries", "copyOf");
    private static final Set<String> FAKE_WORDS = Set.of("mock", "fake", "dummy");
    /** A name alone is not enough ("fakeMethodHandle", "dummyQueue" are technique): it must hold records. */
    private static final Pattern COLLECTION_TYPE = Pattern.compile("^(List|Map|Set|Collection|Iterable)\\b");
    private static final Pattern PLACEHOLDER = Pattern.compile("(?i)\\b(john|jane) doe\\b|lorem ipsum");

    @Override
    public Rule rule() {
        return RULE;
    }

    @Override
    void check(ParsedFile file, CompilationUnit unit, Consumer<Finding> findings) {
        if (file.file().test()) {
            return;
        }
        Set<Integer> lines = new HashSet<>(); // one finding a line
        JavaNodes nodes = JavaNodes.of(unit);
        for (ReturnStmt r : nodes.all(ReturnStmt.class)) {
            if (r.getExpression().filter(SampleDataRule::isLiteralRecords).isPresent()) {
                report(file, r, "returns hard-coded records", lines, findings);
            }
        }
        for (FieldDeclaration f : nodes.all(FieldDeclaration.class)) {
            for (VariableDeclarator v : f.getVariables()) {
                boolean fakeCollection = namedFake(v.getNameAsString()) && COLLECTION_TYPE.matcher(v.getTypeAsString()).find();
                if (fakeCollection || v.getInitializer().filter(SampleDataRule::isLiteralRecords).isPresent() && f.isStatic()) {
                    report(file, v, "'" + v.getNameAsString() + "' holds sample data", lines, findings);
                }
            }
        }
        for (StringLiteralExpr s : nodes.all(StringLiteralExpr.class)) {
            if (PLACEHOLDER.matcher(s.getValue()).find()) {
                report(file, s, "placeholder text \"" + s.getValue() + "\"", lines, findings);
            }
        }
    }

    private void report(ParsedFile file, Node node, String message, Set<Integer> lines, Consumer<Finding> findings) {
        if (lines.add(line(node))) {
            findings.accept(at(file, node, message));
        }
    }

    /** mockOrders, FAKE_USERS, dummyCustomer — but not "mocked" in a name like unmockable. */
    private static boolean namedFake(String name) {
        String first = name.split("(?<=[a-z0-9])(?=[A-Z])|_")[0].toLowerCase(Locale.ROOT);
        return FAKE_WORDS.contains(first);
    }

    /** List.of(new Order("A-1", "Alice", 10), new Order(…)): two or more objects built from literals only. */
    private static boolean isLiteralRecords(Expression e) {
        if (!(e instanceof MethodCallExpr call) || !COLLECTION_FACTORIES.contains(call.getNameAsString())
                || call.getArguments().size() < 2) {
            return false;
        }
        return call.getArguments().stream().allMatch(a -> a instanceof ObjectCreationExpr o
                && o.getArguments().size() >= 2 && o.getArguments().stream().allMatch(Expression::isLiteralExpr));
    }
}
