package dev.uplift.analysis.index;

import dev.uplift.model.AssessmentWarning;
import dev.uplift.model.service.Cancellation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * Walks a repository once. Honours {@code .gitignore} files, passes over VCS folders, build output,
 * virtual environments, dependency and cache folders, and never follows a symbolic link: a link to a
 * file inside the repository is indexed through its target, anything else is reported.
 *
 * <p>Not thread-safe; use one instance per walk.
 */
public final class FileIndexer {
    /** Folders that are never source: version control, build output, dependencies, caches. */
    static final Set<String> SKIPPED_FOLDERS = Set.of(".git", ".hg", ".svn", "target", "build", "dist", "out",
            "node_modules", "bower_components", ".venv", "venv", "__pycache__", ".pytest_cache", ".mypy_cache",
            ".ruff_cache", ".tox", ".nox", ".gradle", ".idea", ".vscode", ".next", ".nuxt", ".cache",
            ".parcel-cache", ".terraform", "coverage", "htmlcov", ".eggs", ".uplift");
    /** Larger files are passed over with a warning: they are generated or data, and would dominate memory. */
    public static final long MAX_FILE_BYTES = 2L * 1024 * 1024;

    private final Path root;
    private final Cancellation cancellation;
    private final List<IndexedFile> files = new ArrayList<>();
    private final List<String> directories = new ArrayList<>();
    private final List<AssessmentWarning> warnings = new ArrayList<>();
    private final Deque<GitIgnore> ignores = new ArrayDeque<>();
    private Path realRoot;

    public FileIndexer(Path root, Cancellation cancellation) {
        this.root = root.toAbsolutePath().normalize();
        this.cancellation = cancellation;
    }

    /** Walks the repository. */
    public FileIndex index() throws IOException {
        realRoot = root.toRealPath();
        Files.walkFileTree(root, Set.of(), Integer.MAX_VALUE, new Visitor());
        return new FileIndex(files, directories, warnings);
    }

    private final class Visitor extends SimpleFileVisitor<Path> {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            cancellation.check();
            String rel = relative(dir);
            if (!rel.isEmpty() && (SKIPPED_FOLDERS.contains(dir.getFileName().toString()) || ignored(rel, true))) {
                return FileVisitResult.SKIP_SUBTREE;
            }
            directories.add(rel);
            ignores.push(readGitIgnore(dir, rel));
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException exc) {
            ignores.pop();
            if (exc != null) {
                warnings.add(new AssessmentWarning(relative(dir), "folder could not be read completely: "
                        + describe(exc)));
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            String rel = relative(file);
            if (attrs.isSymbolicLink()) {
                visitLink(file, rel);
            } else if (attrs.isRegularFile() && !ignored(rel, false)) {
                add(file, rel, attrs.size());
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException exc) {
            warnings.add(new AssessmentWarning(relative(file), "not readable: " + describe(exc)));
            return FileVisitResult.CONTINUE;
        }
    }

    private void visitLink(Path link, String rel) {
        if (ignored(rel, false)) {
            return;
        }
        try {
            Path target = link.toRealPath();
            if (!target.startsWith(realRoot)) {
                warnings.add(new AssessmentWarning(rel, "symbolic link to outside the repository; not followed"));
            } else if (Files.isDirectory(target)) {
                warnings.add(new AssessmentWarning(rel, "symbolic link to a folder; not followed"));
            } else {
                add(link, rel, Files.size(target));
            }
        } catch (IOException e) {
            warnings.add(new AssessmentWarning(rel, "broken or looping symbolic link; not followed"));
        }
    }

    private void add(Path file, String rel, long size) {
        String name = file.getFileName().toString();
        if (Languages.isKnownBinary(name)) {
            return;
        }
        if (size > MAX_FILE_BYTES) {
            warnings.add(new AssessmentWarning(rel, "larger than " + (MAX_FILE_BYTES / 1024 / 1024)
                    + " MiB (" + size / 1024 / 1024 + " MiB); not analyzed"));
            return;
        }
        files.add(new IndexedFile(rel, file, Languages.of(name), size, Languages.isTestPath(rel)));
    }

    private boolean ignored(String rel, boolean directory) {
        Boolean verdict = null;
        // the deepest .gitignore that has a say wins; the deque iterates from the deepest
        for (GitIgnore g : ignores) {
            verdict = g.decide(rel, directory);
            if (verdict != null) {
                break;
            }
        }
        return Boolean.TRUE.equals(verdict);
    }

    private GitIgnore readGitIgnore(Path dir, String rel) {
        Path file = dir.resolve(".gitignore");
        try {
            if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && Files.size(file) < 1024 * 1024) {
                String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
                return GitIgnore.parse(rel, text);
            }
        } catch (IOException e) {
            warnings.add(new AssessmentWarning(rel.isEmpty() ? ".gitignore" : rel + "/.gitignore",
                    "could not read ignore rules: " + describe(e)));
        }
        return GitIgnore.parse(rel, "");
    }

    private String relative(Path p) {
        return root.relativize(p.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    static String describe(IOException e) {
        String simple = e.getClass().getSimpleName().replace("Exception", "");
        return e.getMessage() == null ? simple : simple + " (" + e.getMessage() + ")";
    }
}
