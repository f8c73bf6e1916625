package dev.uplift.analysis.parse;

import com.github.javaparser.ast.CompilationUnit;

/** The language-specific tree a front end produced, for the rules that need more than lines. */
public sealed interface SyntaxTree {

    /** A Java compilation unit from JavaParser. */
    record Java(CompilationUnit unit) implements SyntaxTree {
    }

    /** No tree: the file was read line by line (unsupported language, or the parser gave up). */
    record None() implements SyntaxTree {
    }
}
