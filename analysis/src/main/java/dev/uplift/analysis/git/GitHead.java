package dev.uplift.analysis.git;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads the checked-out commit from {@code .git} files directly: no git process is run and nothing is
 * written. Handles detached heads, loose and packed refs, and worktree/submodule {@code .git} files.
 */
public final class GitHead {
    private static final long MAX_BYTES = 64 * 1024 * 1024;

    private GitHead() {
    }

    /** The commit id, or empty when the folder is not a readable git work tree. */
    public static Optional<String> commitOf(Path repository) {
        try {
            Path gitDir = gitDir(repository);
            if (gitDir == null) {
                return Optional.empty();
            }
            String head = readSmall(gitDir.resolve("HEAD")).strip();
            if (!head.startsWith("ref:")) {
                return validId(head);
            }
            String ref = head.substring(4).strip();
            if (ref.contains("..")) {
                return Optional.empty();
            }
            Path loose = gitDir.resolve(ref);
            if (Files.isRegularFile(loose)) {
                return validId(readSmall(loose).strip());
            }
            Path packed = gitDir.resolve("packed-refs");
            if (Files.isRegularFile(packed) && Files.size(packed) < MAX_BYTES) {
                for (String line : Files.readAllLines(packed, StandardCharsets.UTF_8)) {
                    String[] parts = line.split(" ");
                    if (parts.length == 2 && parts[1].equals(ref)) {
                        return validId(parts[0]);
                    }
                }
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // a damaged .git only costs the commit id, never the assessment
        }
    }

    private static Path gitDir(Path repository) throws IOException {
        Path dotGit = repository.resolve(".git");
        if (Files.isDirectory(dotGit)) {
            return dotGit;
        }
        if (Files.isRegularFile(dotGit)) { // "gitdir: <path>" in worktrees and submodules
            String text = readSmall(dotGit).strip();
            if (text.startsWith("gitdir:")) {
                Path dir = repository.resolve(text.substring(7).strip()).normalize();
                return Files.isDirectory(dir) ? dir : null;
            }
        }
        return null;
    }

    private static String readSmall(Path file) throws IOException {
        if (Files.size(file) > 4096) {
            throw new IOException("unexpectedly large: " + file);
        }
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private static Optional<String> validId(String id) {
        return id.matches("[0-9a-f]{40}|[0-9a-f]{64}") ? Optional.of(id) : Optional.empty();
    }
}
