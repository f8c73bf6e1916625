package dev.uplift.analysis.index;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Reads a file once: hashes the bytes, rejects binary content and decodes the text (BOM-marked UTF-8
 * or UTF-16, else strict UTF-8, else ISO-8859-1, which always decodes). Thread-safe.
 */
public final class SourceReader {
    private static final int BINARY_PROBE = 8000;

    /** Why a file could not be turned into text. */
    public static final class UnreadableFileException extends Exception {
        private static final long serialVersionUID = 1L;

        public UnreadableFileException(String message) {
            super(message);
        }
    }

    public SourceText read(IndexedFile file) throws IOException, UnreadableFileException {
        long size = Files.size(file.absolute());
        if (size > FileIndexer.MAX_FILE_BYTES) {
            throw new UnreadableFileException("grew beyond the size limit while indexing; not analyzed");
        }
        byte[] bytes = Files.readAllBytes(file.absolute());
        String hash = sha256(bytes);
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
            return new SourceText(decode(bytes, 2, StandardCharsets.UTF_16BE), hash, "UTF-16BE");
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
            return new SourceText(decode(bytes, 2, StandardCharsets.UTF_16LE), hash, "UTF-16LE");
        }
        int offset = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
        Charset utf16 = utf16WithoutBom(bytes);
        if (utf16 != null) {
            return new SourceText(decode(bytes, 0, utf16), hash, utf16.name());
        }
        for (int i = 0; i < Math.min(bytes.length, BINARY_PROBE); i++) {
            if (bytes[i] == 0) {
                throw new UnreadableFileException("binary content (NUL bytes); not analyzed");
            }
        }
        try {
            return new SourceText(strictUtf8(bytes, offset), hash, "UTF-8");
        } catch (CharacterCodingException e) {
            return new SourceText(decode(bytes, 0, StandardCharsets.ISO_8859_1), hash, "ISO-8859-1");
        }
    }

    /**
     * UTF-16 written without a byte-order mark (some Windows tools): text whose every other byte is NUL,
     * as ASCII characters encode, and whose other bytes are not. Null when the probe does not look so.
     */
    private static Charset utf16WithoutBom(byte[] bytes) {
        int n = Math.min(bytes.length, BINARY_PROBE) & ~1;
        if (n < 4 || bytes[0] != 0 && bytes[1] != 0) {
            return null; // the first character is not ASCII in UTF-16: not worth probing further
        }
        int evenZero = 0;
        int oddZero = 0;
        for (int i = 0; i < n; i += 2) {
            evenZero += bytes[i] == 0 ? 1 : 0;
            oddZero += bytes[i + 1] == 0 ? 1 : 0;
        }
        int pairs = n / 2;
        if (oddZero > pairs * 0.9 && evenZero == 0) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZero > pairs * 0.9 && oddZero == 0) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static String strictUtf8(byte[] bytes, int offset) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                .toString();
    }

    private static String decode(byte[] bytes, int offset, Charset charset) {
        return new String(bytes, offset, bytes.length - offset, charset);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
