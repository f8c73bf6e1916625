package dev.uplift.analysis.parse;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Problem;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.nodeTypes.NodeWithJavadoc;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.ThrowStmt;
import dev.uplift.analysis.index.IndexedFile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Java through JavaParser (language level 17). One parser per thread: JavaParser is not thread-safe. */
final class JavaFrontEnd implements FrontEnd {
    static final JavaFrontEnd INSTANCE = new JavaFrontEnd();

    private static final ThreadLocal<JavaParser> PARSER = ThreadLocal.withInitial(() -> new JavaParser(
            new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17)));

    @Override
    public ParsedFile parse(IndexedFile file, String text, List<String> lines) {
        ParseResult<CompilationUnit> result;
        try {
            result = PARSER.get().parse(text);
        } catch (RuntimeException | StackOverflowError e) {
            // deeply nested input can exhaust the parser's stack: read the file line by line instead
            return ParsedFile.linesOnly(file, lines, "Java parser failed (" + e.getClass().getSimpleName()
                    + "); analyzed line by line");
        }
        if (!result.isSuccessful() || result.getResult().isEmpty()) {
            String problem = result.getProblems().stream().findFirst().map(Problem::getVerboseMessage)
                    .map(m -> m.lines().findFirst().orElse(m)).orElse("unknown syntax error");
            return ParsedFile.linesOnly(file, lines, "Java syntax error: " + problem + "; analyzed line by line");
        }
        CompilationUnit unit = result.getResult().get();
        List<FunctionInfo> functions = new ArrayList<>();
        for (CallableDeclaration<?> callable : unit.findAll(CallableDeclaration.class)) {
            toFunction(callable).ifPresent(functions::add);
        }
        List<ParsedFile.TypeInfo> types = new ArrayList<>();
        for (TypeDeclaration<?> type : unit.findAll(TypeDeclaration.class)) {
            if (type.isPublic()) {
                types.add(new ParsedFile.TypeInfo(type.getNameAsString(), line(type), hasJavadoc(type)));
            }
        }
        if (file.fileName().equals("package-info.java")) { // a package is documented by its package-info Javadoc
            // the Javadoc may be attached to the declaration or left to the unit: any before the package line counts
            unit.getPackageDeclaration().ifPresent(p -> types.add(new ParsedFile.TypeInfo("package " + p.getNameAsString(),
                    line(p), unit.getAllComments().stream().anyMatch(c -> c.isJavadocComment()
                            && c.getEnd().map(e -> e.line <= line(p)).orElse(false)))));
        }
        Set<String> imports = new HashSet<>();
        unit.getImports().forEach(i -> imports.add(i.getNameAsString()));
        LineKinds kinds = LineKinds.classify(lines, LineKinds.CommentStyle.C_LIKE);
        return new ParsedFile(file, lines, kinds, functions, types, imports, new SyntaxTree.Java(unit), null);
    }

    private static java.util.Optional<FunctionInfo> toFunction(CallableDeclaration<?> callable) {
        BlockStmt body;
        if (callable instanceof MethodDeclaration method) {
            if (method.getBody().isEmpty()) {
                return java.util.Optional.empty(); // abstract or interface method: nothing to run
            }
            body = method.getBody().get();
        } else {
            body = ((ConstructorDeclaration) callable).getBody();
        }
        boolean publicApi = callable.isPublic() && callable.findAncestor(TypeDeclaration.class)
                .map(TypeDeclaration::isPublic).orElse(false);
        String stub = callable instanceof MethodDeclaration && !callable.isPrivate() ? stubReason(body) : null;
        int start = line(callable);
        int end = callable.getEnd().map(p -> p.line).orElse(start);
        return java.util.Optional.of(new FunctionInfo(callable.getNameAsString(), start, end, publicApi,
                hasJavadoc(callable), stub));
    }

    /** Why a method body is a stub, or null when it does real work. */
    static String stubReason(BlockStmt body) {
        List<Statement> statements = body.getStatements();
        if (statements.isEmpty()) {
            return body.getAllContainedComments().isEmpty() ? "empty body" : "body is only a comment";
        }
        if (statements.size() != 1) {
            return null;
        }
        Statement only = statements.get(0);
        if (only instanceof ThrowStmt t) {
            String thrown = t.getExpression().toString();
            if (thrown.contains("UnsupportedOperationException") || thrown.contains("NotImplementedException")) {
                return "throws " + (thrown.contains("Unsupported") ? "UnsupportedOperationException"
                        : "NotImplementedException");
            }
        }
        if (only instanceof ReturnStmt r && r.getExpression().map(e -> e.isNullLiteralExpr()).orElse(false)) {
            return "only returns null";
        }
        return null;
    }

    private static boolean hasJavadoc(Node node) {
        return node instanceof NodeWithJavadoc<?> doc && doc.getJavadocComment().isPresent();
    }

    private static int line(Node node) {
        return node.getBegin().map(p -> p.line).orElse(1);
    }
}
