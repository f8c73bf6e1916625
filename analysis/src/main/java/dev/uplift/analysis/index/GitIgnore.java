package dev.uplift.analysis.index;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The patterns of one {@code .gitignore} file, matched as git does: {@code !} negates, a trailing
 * {@code /} matches folders only, a pattern with a slash before its end is anchored to the folder of
 * the file, {@code *} and {@code ?} stay within one path segment, {@code **} crosses segments.
 * Immutable and thread-safe.
 */
public final class GitIgnore {
    private final String base;
    private final List<Entry> entries;

    private record Entry(Pattern pattern, boolean negated, boolean directoryOnly) {
    }

    /**
     * @param base    the repository-relative folder that holds the file ({@code ""} for the root)
     * @param content the file's text
     */
    public static GitIgnore parse(String base, String content) {
        List<Entry> entries = new ArrayList<>();
        for (String raw : content.split("\r?\n")) {
            String line = stripTrailingSpaces(raw);
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            boolean negated = line.startsWith("!");
            if (negated) {
                line = line.substring(1);
            } else if (line.startsWith("\\#") || line.startsWith("\\!")) {
                line = line.substring(1);
            }
            boolean directoryOnly = line.endsWith("/");
            if (directoryOnly) {
                line = line.substring(0, line.length() - 1);
            }
            if (line.isEmpty()) {
                continue;
            }
            boolean anchored = line.contains("/");
            if (line.startsWith("/")) {
                line = line.substring(1);
            }
            String regex = (anchored ? "" : "(?:.*/)?") + toRegex(line);
            entries.add(new Entry(Pattern.compile(regex), negated, directoryOnly));
        }
        return new GitIgnore(base, entries);
    }

    private GitIgnore(String base, List<Entry> entries) {
        this.base = base;
        this.entries = List.copyOf(entries);
    }

    /**
     * Whether this file decides about the path: {@code Boolean.TRUE} ignored, {@code FALSE} re-included
     * by a negation, {@code null} when no pattern matches.
     */
    public Boolean decide(String repoRelativePath, boolean directory) {
        String path;
        if (base.isEmpty()) {
            path = repoRelativePath;
        } else if (repoRelativePath.startsWith(base + "/")) {
            path = repoRelativePath.substring(base.length() + 1);
        } else {
            return null;
        }
        Boolean verdict = null;
        for (Entry e : entries) { // the last matching pattern wins
            if ((!e.directoryOnly || directory) && e.pattern.matcher(path).matches()) {
                verdict = !e.negated;
            }
        }
        return verdict;
    }

    private static String toRegex(String glob) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < glob.length()) {
            char c = glob.charAt(i);
            if (c == '*' && glob.startsWith("**/", i)) {
                sb.append("(?:.*/)?");
                i += 3;
            } else if (c == '*' && glob.startsWith("**", i)) {
                sb.append(".*");
                i += 2;
            } else if (c == '*') {
                sb.append("[^/]*");
                i++;
            } else if (c == '?') {
                sb.append("[^/]");
                i++;
            } else if (c == '[') {
                int close = glob.indexOf(']', i + 1);
                if (close < 0) {
                    sb.append("\\[");
                    i++;
                } else {
                    String cls = glob.substring(i + 1, close).replace("\\", "\\\\");
                    if (cls.startsWith("!")) {
                        cls = "^" + cls.substring(1);
                    }
                    sb.append('[').append(cls).append(']');
                    i = close + 1;
                }
            } else if (c == '\\' && i + 1 < glob.length()) {
                sb.append(Pattern.quote(String.valueOf(glob.charAt(i + 1))));
                i += 2;
            } else {
                sb.append(Pattern.quote(String.valueOf(c)));
                i++;
            }
        }
        // "foo" also ignores everything below a folder named foo
        return sb + "(?:/.*)?";
    }

    private static String stripTrailingSpaces(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == ' ' && !(end > 1 && s.charAt(end - 2) == '\\')) {
            end--;
        }
        return s.substring(0, end);
    }
}
