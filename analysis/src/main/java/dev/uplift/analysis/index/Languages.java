package dev.uplift.analysis.index;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Maps file names to language ids and knows which are code and which are never text. */
public final class Languages {
    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("java", "java"), Map.entry("kt", "kotlin"), Map.entry("kts", "kotlin"),
            Map.entry("scala", "scala"), Map.entry("groovy", "groovy"), Map.entry("gradle", "gradle"),
            Map.entry("py", "python"), Map.entry("pyi", "python"),
            Map.entry("ts", "typescript"), Map.entry("tsx", "typescript"), Map.entry("mts", "typescript"),
            Map.entry("cts", "typescript"),
            Map.entry("js", "javascript"), Map.entry("jsx", "javascript"), Map.entry("mjs", "javascript"),
            Map.entry("cjs", "javascript"),
            Map.entry("go", "go"), Map.entry("rs", "rust"), Map.entry("rb", "ruby"), Map.entry("php", "php"),
            Map.entry("cs", "csharp"), Map.entry("c", "c"), Map.entry("h", "c"), Map.entry("cpp", "cpp"),
            Map.entry("hpp", "cpp"), Map.entry("cc", "cpp"), Map.entry("swift", "swift"),
            Map.entry("sh", "shell"), Map.entry("bash", "shell"), Map.entry("sql", "sql"),
            Map.entry("xml", "xml"), Map.entry("json", "json"), Map.entry("yaml", "yaml"), Map.entry("yml", "yaml"),
            Map.entry("toml", "toml"), Map.entry("properties", "properties"), Map.entry("ini", "ini"),
            Map.entry("cfg", "ini"), Map.entry("conf", "ini"), Map.entry("env", "dotenv"),
            Map.entry("md", "markdown"), Map.entry("rst", "text"), Map.entry("txt", "text"),
            Map.entry("html", "html"), Map.entry("css", "css"), Map.entry("scss", "css"),
            Map.entry("ipynb", "python"), Map.entry("tf", "terraform"), Map.entry("lock", "text"));

    private static final Set<String> CODE = Set.of("java", "kotlin", "scala", "groovy", "python", "typescript",
            "javascript", "go", "rust", "ruby", "php", "csharp", "c", "cpp", "swift", "shell");

    /** Files that are never text: passed over quietly, they are expected in any repository. */
    private static final Set<String> BINARY_EXTENSIONS = Set.of("png", "jpg", "jpeg", "gif", "bmp", "ico", "webp",
            "svgz", "pdf", "zip", "gz", "tgz", "bz2", "xz", "7z", "jar", "war", "ear", "class", "so", "dll", "dylib",
            "exe", "bin", "o", "a", "pyc", "pyo", "whl", "woff", "woff2", "ttf", "otf", "eot", "mp3", "mp4", "mov",
            "avi", "wav", "ogg", "db", "sqlite", "h2", "mv", "keystore", "jks", "p12", "pfx", "parquet", "pkl",
            "npy", "npz", "onnx", "pt", "h5");

    private Languages() {
    }

    /** The language of a file name, or {@code "other"}. */
    public static String of(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.equals("dockerfile") || lower.startsWith("dockerfile.") || lower.endsWith(".dockerfile")) {
            return "dockerfile";
        }
        if (lower.endsWith(".gradle.kts")) {
            return "gradle"; // build configuration, not code
        }
        if (lower.equals("makefile")) {
            return "make";
        }
        if (lower.equals(".env") || lower.startsWith(".env.")) {
            return "dotenv";
        }
        int dot = lower.lastIndexOf('.');
        return dot < 0 ? "other" : BY_EXTENSION.getOrDefault(lower.substring(dot + 1), "other");
    }

    public static boolean isCode(String language) {
        return CODE.contains(language);
    }

    public static boolean isKnownBinary(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        int dot = lower.lastIndexOf('.');
        return dot >= 0 && BINARY_EXTENSIONS.contains(lower.substring(dot + 1));
    }

    /** Whether a repository-relative path is test code, by the usual folder and file name conventions. */
    /**
     * Example, demo and documentation code (examples/, samples/, demo/, docs/…): it shows how to use
     * the product and is not the product, so it is listed but neither measured nor scored.
     */
    public static boolean isSamplePath(String path) {
        String[] folders = path.toLowerCase(Locale.ROOT).split("/");
        // the first two folders only, and never inside a source tree: com/example/… is a Java package
        for (int i = 0; i < Math.min(2, folders.length - 1); i++) {
            if (folders[i].equals("src")) {
                return false;
            }
            if (SAMPLE_FOLDERS.contains(folders[i])) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> SAMPLE_FOLDERS = Set.of("examples", "example", "samples", "sample", "demo",
            "demos", "docs", "doc", "docs_src", "tutorial");

    public static boolean isTestPath(String path) {
        String p = "/" + path.toLowerCase(Locale.ROOT);
        if (p.contains("/src/test/") || p.contains("/test/") || p.contains("/tests/") || p.contains("/__tests__/")
                || p.contains("/testing/") || p.contains("/e2e/")) {
            return true;
        }
        String name = path.substring(path.lastIndexOf('/') + 1); // case matters for Java's FooIT
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.startsWith("test_") || lower.endsWith("_test.py") || lower.equals("conftest.py")
                || name.matches("\\w+(Test|Tests|IT)\\.(java|kt)")
                || lower.matches(".*\\.(test|spec)\\.[cm]?[jt]sx?");
    }
}
