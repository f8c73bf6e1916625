package dev.uplift.app.store;

/** Text fitted to a column's size: a message that long is cut, never rejected. */
final class Columns {
    private Columns() {
    }

    static String clip(String s, int size) {
        return s == null || s.length() <= size ? s : s.substring(0, size - 3) + "...";
    }
}
