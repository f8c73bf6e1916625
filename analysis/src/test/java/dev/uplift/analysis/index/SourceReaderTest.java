package dev.uplift.analysis.index;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SourceReaderTest {
    @TempDir
    Path dir;
    private final SourceReader reader = new SourceReader();

    private IndexedFile file(String name, byte[] bytes) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return new IndexedFile(name, p, Languages.of(name), bytes.length, false);
    }

    @Test
    void decodesUtf16WithByteOrderMark() throws Exception {
        byte[] body = "x = 'é'".getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xff;
        bytes[1] = (byte) 0xfe;
        System.arraycopy(body, 0, bytes, 2, body.length);
        SourceText text = reader.read(file("a.py", bytes));
        assertThat(text.text()).isEqualTo("x = 'é'");
        assertThat(text.charset()).isEqualTo("UTF-16LE");
    }

    @Test
    void fallsBackToLatin1ForBytesThatAreNotUtf8() throws Exception {
        SourceText text = reader.read(file("a.java", "// café".getBytes(StandardCharsets.ISO_8859_1)));
        assertThat(text.text()).isEqualTo("// café");
        assertThat(text.charset()).isEqualTo("ISO-8859-1");
    }

    @Test
    void rejectsBinaryContentBehindASourceExtension() throws Exception {
        IndexedFile binary = file("a.java", new byte[] {'c', 'l', 0, 1, 2});
        assertThatThrownBy(() -> reader.read(binary)).isInstanceOf(SourceReader.UnreadableFileException.class)
                .hasMessageContaining("binary");
    }

    @Test
    void hashesContentNotName() throws Exception {
        byte[] same = "print(1)".getBytes(StandardCharsets.UTF_8);
        assertThat(reader.read(file("a.py", same)).sha256()).isEqualTo(reader.read(file("b.py", same)).sha256())
                .hasSize(64);
    }
}
