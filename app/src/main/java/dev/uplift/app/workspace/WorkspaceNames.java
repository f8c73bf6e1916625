package dev.uplift.app.workspace;

import java.nio.file.Path;
import java.util.regex.Pattern;

/** The names and paths a workspace file may hold: a plain repository name and repository-relative paths. */
final class WorkspaceNames {
    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");
    private static final Pattern PLAIN_NAME = Pattern.compile("[^/\\\\\\x00]{1,255}");

    private WorkspaceNames() {
    }

    /** The repository's folder name, which is all a workspace file says of where it was. */
    static String repositoryName(String repositoryKey) {
        Path name = Path.of(repositoryKey).getFileName();
        return name == null ? "repository" : name.toString();
    }

    /** Whether the text is a folder name that cannot climb out of a parent folder. */
    static boolean isPlainName(String name) {
        return name != null && PLAIN_NAME.matcher(name).matches() && !name.equals(".") && !name.equals("..");
    }

    /**
     * Why the path is not a safe repository-relative path, or null when it is. Empty and {@code "."}
     * (the repository itself) are safe.
     */
    static String unsafePath(String path) {
        if (path == null) {
            return "is missing";
        }
        if (path.indexOf('\0') >= 0) {
            return "holds a NUL character";
        }
        if (path.startsWith("/") || path.startsWith("\\") || DRIVE.matcher(path).matches()) {
            return "is absolute";
        }
        for (String segment : path.split("[/\\\\]")) {
            if (segment.equals("..")) {
                return "climbs out of the repository with '..'";
            }
        }
        return null;
    }
}
