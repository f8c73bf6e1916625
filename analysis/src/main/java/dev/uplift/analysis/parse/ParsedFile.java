package dev.uplift.analysis.parse;

import dev.uplift.analysis.index.IndexedFile;

import java.util.List;
import java.util.Set;

/**
 * A file parsed once, shared by every analyzer.
 *
 * @param lines     the text split into lines
 * @param lineKinds which lines are code and which comments
 * @param functions functions and methods found
 * @param publicTypes public types (classes, interfaces) as documentation units: name → documented
 * @param imports   imported module or package names
 * @param parseProblem why the parser gave up (the file is then read line by line), or {@code null}
 */
public record ParsedFile(IndexedFile file, List<String> lines, LineKinds lineKinds, List<FunctionInfo> functions,
                         List<TypeInfo> publicTypes, Set<String> imports, SyntaxTree tree, String parseProblem) {

    public ParsedFile {
        lines = List.copyOf(lines);
        functions = List.copyOf(functions);
        publicTypes = List.copyOf(publicTypes);
        imports = Set.copyOf(imports);
    }

    /** A file read line by line only: no functions, types or imports. */
    public static ParsedFile linesOnly(IndexedFile file, List<String> lines, String parseProblem) {
        LineKinds kinds = LineKinds.classify(lines, LineKinds.styleOf(file.language()));
        return new ParsedFile(file, lines, kinds, List.of(), List.of(), Set.of(), new SyntaxTree.None(),
                parseProblem);
    }

    /** A public type and whether it is documented. */
    public record TypeInfo(String name, int line, boolean documented) {
    }
}
