package dev.uplift.analysis.index;

import java.nio.file.Path;

/**
 * A file the index kept.
 *
 * @param path     repository-relative path with forward slashes
 * @param absolute where to read it
 * @param language language id from {@link Languages}, e.g. {@code java}, {@code python}
 * @param test     whether it is test code by location or name
 */
public record IndexedFile(String path, Path absolute, String language, long size, boolean test) {

    /** The file name without folders. */
    public String fileName() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }

    /** Whether the language is a programming language whose lines count as code. */
    public boolean isCode() {
        return Languages.isCode(language);
    }
}
