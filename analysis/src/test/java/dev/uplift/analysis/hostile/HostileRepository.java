package dev.uplift.analysis.hostile;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a repository of everything a real one can throw at an analyzer (issue 9): syntax errors,
 * absurd nesting, huge and binary files, odd encodings, link loops and links out of the repository,
 * hostile names, XML with external entities and entity expansion, broken and deeply nested JSON,
 * looping requirements files and a corrupt {@code .git} — and beside them good files whose findings
 * must still come out. Each hostile file is listed with what a user must be told about it.
 */
public final class HostileRepository {
    /** A hostile file and a fragment of the warning that must name it (null: handled without one). */
    public record Case(String path, String warning) {
    }

    private final Path root;
    private final List<Case> cases = new ArrayList<>();

    private HostileRepository(Path root) {
        this.root = root;
    }

    public static HostileRepository create(Path root) throws IOException, InterruptedException {
        HostileRepository r = new HostileRepository(root);
        r.write();
        return r;
    }

    public List<Case> cases() {
        return cases;
    }

    private void write() throws IOException, InterruptedException {
        // the good files: their findings must survive whatever lies beside them
        text("good/app.py", "import requests\n\n\ndef fetch(url):\n    return requests.get(url)\n");
        text("good/Good.java", "class Good {\n  void run() {\n    try { work(); } catch (Exception e) { }\n  }\n"
                + "  void work() { }\n}\n");

        text("src/broken.py", "def f(:\n    return )\n\ndef g():\n    print('still here')\n");
        expect("src/broken.py", "syntax errors");
        text("src/Parens.java", "class Parens { int x = " + "(".repeat(50_000) + "1" + ")".repeat(50_000) + "; }\n");
        expect("src/Parens.java", "");
        text("src/Blocks.java", "class Blocks { void f() { " + "{".repeat(20_000) + "}".repeat(20_000) + " } }\n");
        expect("src/Blocks.java", "");
        // valid, if absurd: analysed in full, no warning due (the findings test shows they were read)
        text("src/parens.py", "print(" + "(".repeat(50_000) + "1" + ")".repeat(50_000) + ")\n");
        text("src/blocks.js", "function f() {\n" + "{\n".repeat(20_000) + "}\n".repeat(20_000)
                + "  console.log(1);\n}\n");
        text("src/parens.ts", "export function f() {\n  console.log(\n" + "(\n".repeat(50_000) + "1\n"
                + ")\n".repeat(50_000) + ");\n}\n");

        Path huge = file("src/huge.py");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(60L * 1024 * 1024); // sparse: 60 MB to the file system, nothing on disk
        }
        expect("src/huge.py", "larger than");
        bytes("src/image.java", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 1});
        expect("src/image.java", "binary");
        bytes("src/latin1.py", "# caf\u00e9\nprint('na\u00efve')\n".getBytes(StandardCharsets.ISO_8859_1));
        byte[] utf16 = "print('utf-16')\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[utf16.length + 2];
        withBom[0] = (byte) 0xff;
        withBom[1] = (byte) 0xfe;
        System.arraycopy(utf16, 0, withBom, 2, utf16.length);
        bytes("src/utf16.py", withBom);
        bytes("src/utf16-nobom.py", "print('no bom')\n".getBytes(StandardCharsets.UTF_16LE));
        text("src/oneline.py", "x = 1; ".repeat(150_000) + "\n");
        text("src/oneline-string.py", "s = \"" + "a".repeat(1_000_000) + "\"\n");
        text("src/oneline.js", "var a=1;".repeat(130_000) + "\n");
        expect("src/oneline.js", "minified");

        Files.createDirectories(root.resolve("links"));
        link("links/self", root.resolve("links"));
        link("links/parent", root);
        link("links/a", root.resolve("links/b"));
        link("links/b", root.resolve("links/a"));
        expect("links/a", "looping");
        link("links/etc", Path.of("/etc"));
        expect("links/etc", "outside the repository");
        link("links/passwd.py", Path.of("/etc/passwd"));
        expect("links/passwd.py", "outside the repository");

        text("names/new\nline.py", "print('newline')\n");
        text("names/quote'\"name.py", "print('quotes')\n");
        text("names/$(touch PWNED).py", "print('subshell')\n");
        text("names/;rm -rf x;.py", "print('metacharacters')\n");
        new ProcessBuilder("sh", "-c", "touch \"$(printf 'names/bad\\377name.py')\"").directory(root.toFile())
                .start().waitFor();
        StringBuilder deep = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            deep.append("d/");
        }
        text(deep + "deep.py", "print('deep')\n");

        text("xxe/pom.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE project [\n"
                + "  <!ENTITY file SYSTEM \"file:///etc/passwd\">\n"
                + "  <!ENTITY net SYSTEM \"http://example.invalid/x\">\n]>\n"
                + "<project><artifactId>&file;&net;</artifactId></project>\n");
        expect("xxe/pom.xml", "");
        StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            laughs.append(" <!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10))
                    .append("\">\n");
        }
        laughs.append("]>\n<project><artifactId>&lol9;</artifactId></project>\n");
        text("laughs/pom.xml", laughs.toString());
        expect("laughs/pom.xml", "");

        text("json-empty/package.json", "");
        expect("json-empty/package.json", "");
        text("json-truncated/package.json", "{\"name\": \"x\", \"dependencies\": {\"left-pad\": ");
        expect("json-truncated/package.json", "");
        text("json-deep/package.json", "[".repeat(100_000));
        expect("json-deep/package.json", "");

        text("py/requirements.txt", "-r requirements.txt\n-r other.txt\nrequests==2.31.0\n"
                + "git+https://example.invalid/x.git#egg=x\n--index-url http://example.invalid/simple\n;;;garbage\n");
        text("py/other.txt", "-r requirements.txt\n");

        text(".git/HEAD", "\u0000\u0001 not a ref\n");
        text(".git/config", "[core\nbroken");
    }

    private void expect(String path, String warning) {
        cases.add(new Case(path, warning));
    }

    private Path file(String path) throws IOException {
        Path p = root.resolve(path);
        Files.createDirectories(p.getParent());
        return p;
    }

    private void text(String path, String text) throws IOException {
        Files.writeString(file(path), text, StandardCharsets.UTF_8);
    }

    private void bytes(String path, byte[] bytes) throws IOException {
        Files.write(file(path), bytes);
    }

    private void link(String path, Path target) throws IOException {
        Files.createSymbolicLink(file(path), target);
    }
}
