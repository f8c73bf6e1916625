package dev.uplift.analysis.parse;

import dev.uplift.analysis.index.IndexedFile;

import java.util.List;

/** Turns one file's lines into a {@link ParsedFile}. Implementations are thread-safe. */
public interface FrontEnd {

    ParsedFile parse(IndexedFile file, String text, List<String> lines);

    /** The front end for a language; files of other languages are read line by line. */
    static FrontEnd forLanguage(String language) {
        return switch (language) {
            case "java" -> JavaFrontEnd.INSTANCE;
            case "python" -> TreeSitterPythonFrontEnd.available() ? TreeSitterPythonFrontEnd.INSTANCE
                    : PythonFrontEnd.INSTANCE;
            case "typescript", "javascript" -> TreeSitterScriptFrontEnd.available() ? TreeSitterScriptFrontEnd.INSTANCE
                    : ScriptFrontEnd.INSTANCE;
            default -> (file, text, lines) -> ParsedFile.linesOnly(file, lines, null);
        };
    }
}
