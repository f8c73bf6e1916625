package dev.uplift.views.common;

import dev.uplift.model.checklist.CheckState;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How numbers and dates look everywhere in the GUI. */
public final class Format {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH)
            .withZone(ZoneId.systemDefault());

    private Format() {
    }

    public static String score(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    public static String percent(double value) {
        return String.format(Locale.ROOT, "%.0f %%", value);
    }

    public static String when(Instant instant) {
        return WHEN.format(instant);
    }

    /** A checklist state as a symbol and a word, so it reads without colour too. */
    public static String checkState(CheckState state) {
        return switch (state) {
            case PASS -> "✓ pass";
            case FAIL -> "✗ fail";
            case NOT_APPLICABLE -> "– n/a";
            case NOT_CHECKED -> "? not checked";
        };
    }

    public static String shortCommit(String commit) {
        return commit == null ? "-" : commit.substring(0, Math.min(12, commit.length()));
    }

    public static String count(long n, String singular) {
        return n + " " + (n == 1 ? singular : singular + "s");
    }
}
