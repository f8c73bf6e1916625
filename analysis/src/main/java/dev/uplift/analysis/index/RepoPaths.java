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
}
