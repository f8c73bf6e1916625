package dev.uplift.analysis.deps;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Orders versions as each ecosystem does, closely enough for advisory ranges: numeric parts
 * numerically (1.10 after 1.9, 1.0 equal to 1.0.0), and pre-releases before their release — PyPI's
 * dev &lt; a &lt; b &lt; rc &lt; final &lt; post, Maven's alpha &lt; beta &lt; milestone &lt; rc &lt;
 * snapshot &lt; release &lt; sp, npm's 1.0.0-beta &lt; 1.0.0.
 */
public final class Versions {
    private static final Pattern PART = Pattern.compile("\\d+|[a-z]+");

    private Versions() {
    }

    public static int compare(String ecosystem, String a, String b) {
        List<Object> x = tokens(ecosystem, a);
        List<Object> y = tokens(ecosystem, b);
        for (int i = 0; i < Math.max(x.size(), y.size()); i++) {
            Object p = i < x.size() ? x.get(i) : null;
            Object q = i < y.size() ? y.get(i) : null;
            int c = compareToken(p, q);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /** Numbers as Long; qualifiers as Integer ranks (negative before a release, positive after). */
    private static List<Object> tokens(String ecosystem, String version) {
        String v = version.strip().toLowerCase(Locale.ROOT);
        if (v.startsWith("v")) {
            v = v.substring(1);
        }
        int plus = v.indexOf('+');
        if (plus >= 0) {
            v = v.substring(0, plus); // build metadata never orders
        }
        int bang = v.indexOf('!');
        List<Object> out = new ArrayList<>();
        out.add(bang > 0 ? Long.parseLong(v.substring(0, bang)) : 0L); // PEP 440 epoch (0 elsewhere)
        if (bang > 0) {
            v = v.substring(bang + 1);
        }
        Matcher parts = PART.matcher(v); // runs of digits or letters; separators only separate
        while (parts.find()) {
            String part = parts.group();
            out.add(Character.isDigit(part.charAt(0)) ? (Object) Long.parseLong(part.length() > 18
                    ? part.substring(0, 18) : part) : (Object) rank(ecosystem, part));
        }
        trimZeros(out);
        return out;
    }

    /** 1.0 == 1.0.0 and 1.0rc1 == 1.0.0rc1: trailing zeros of the release numbers (before any qualifier) go. */
    private static void trimZeros(List<Object> out) {
        int releaseEnd = 1; // index 0 is the epoch
        while (releaseEnd < out.size() && out.get(releaseEnd) instanceof Long) {
            releaseEnd++;
        }
        int end = releaseEnd;
        while (end > 2 && Long.valueOf(0).equals(out.get(end - 1))) {
            end--;
        }
        out.subList(end, releaseEnd).clear();
    }

    private static int rank(String ecosystem, String qualifier) {
        return switch (qualifier) {
            case "dev", "snapshot" -> ecosystem.equals("Maven") && qualifier.equals("snapshot") ? -1 : -6;
            case "a", "alpha" -> -5;
            case "b", "beta" -> -4;
            case "m", "milestone", "preview" -> -3;
            case "c", "rc", "cr", "pre" -> -2;
            case "final", "ga", "release" -> 0;
            case "post", "sp", "rev", "r" -> 1;
            default -> -3; // an unknown qualifier is taken as a pre-release
        };
    }

    private static int compareToken(Object p, Object q) {
        if (p == null && q == null) {
            return 0;
        }
        if (p == null) {
            return q instanceof Integer r ? -Integer.signum(r) : -1;
        }
        if (q == null) {
            return p instanceof Integer r ? Integer.signum(r) : 1;
        }
        if (p instanceof Long a && q instanceof Long b) {
            return Long.compare(a, b);
        }
        if (p instanceof Integer a && q instanceof Integer b) {
            return Integer.compare(a, b);
        }
        // a number after a release counts higher than a qualifier: 1.0.1 > 1.0-rc
        return p instanceof Long ? 1 : -1;
    }
}
