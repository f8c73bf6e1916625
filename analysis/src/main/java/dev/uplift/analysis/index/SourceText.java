package dev.uplift.analysis.index;

import java.util.List;

/**
 * A file's decoded text with its content hash.
 *
 * @param sha256  hex SHA-256 of the raw bytes: the cache key for everything derived from the file
 * @param charset the charset the bytes were decoded with
 */
public record SourceText(String text, String sha256, String charset) {

    /** The text split into lines, without line terminators. */
    public List<String> lines() {
        return text.lines().toList();
    }
}
