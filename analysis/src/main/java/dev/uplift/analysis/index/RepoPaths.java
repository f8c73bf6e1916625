package dev.uplift.analysis.index;

/** Repository-relative paths: forward slashes, {@code ""} for the root folder. */
public final class RepoPaths {
    private RepoPaths() {
    }

    /** The folder holding a path; {@code ""} for a top-level entry. */
    public static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    public static String join(String dir, String child) {
        return dir.isEmpty() ? child : dir + "/" + child;
    }

    /** Prefix of an import that names a repository path rather than a package: {@code path:web/src/api}. */
    public static final String PATH_IMPORT = "path:";

    /**
     * Prefix of a script import kept whole ({@code module:@shared/money}), so that a tsconfig alias can
     * be resolved once the whole repository has been read.
     */
    public static final String MODULE_IMPORT = "module:";

    /**
     * A relative path ({@code ../shared/api}) resolved against a folder, or null when it climbs out of
     * the repository.
     */
    public static String resolve(String dir, String relative) {
        java.util.Deque<String> parts = new java.util.ArrayDeque<>();
        if (!dir.isEmpty()) {
            for (String p : dir.split("/")) {
                parts.addLast(p);
            }
        }
        for (String p : relative.split("/")) {
            if (p.isEmpty() || p.equals(".")) {
                continue;
            }
            if (p.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.removeLast();
            } else {
                parts.addLast(p);
            }
        }
        return String.join("/", parts);
    }
}
