package dev.uplift.views;

import javafx.geometry.Rectangle2D;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * The window's size, place and theme, kept in a small file between sessions. A stored place that no
 * longer fits on any screen (a monitor unplugged) is not used: the window would open out of sight.
 */
public final class WindowSettings {
    private static final double MIN_WIDTH = 640;
    private static final double MIN_HEIGHT = 400;

    private WindowSettings() {
    }

    /** The stored bounds, if there are sound ones that lie on one of the screens. */
    public static Optional<Rectangle2D> load(Path file, java.util.List<Rectangle2D> screens) {
        if (file == null || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
            double x = Double.parseDouble(p.getProperty("x"));
            double y = Double.parseDouble(p.getProperty("y"));
            double w = Double.parseDouble(p.getProperty("width"));
            double h = Double.parseDouble(p.getProperty("height"));
            Rectangle2D bounds = new Rectangle2D(x, y, Math.max(MIN_WIDTH, w), Math.max(MIN_HEIGHT, h));
            boolean visible = screens.stream().anyMatch(s -> s.contains(x + 40, y + 20)); // the title bar is on a screen
            return visible && Double.isFinite(w) && Double.isFinite(h) ? Optional.of(bounds) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // unreadable or edited by hand: start with the default size
        }
    }

    /** Whether the dark theme was on when the window was last closed. */
    public static boolean darkTheme(Path file) {
        if (file == null || !Files.isRegularFile(file)) {
            return false;
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
            return "dark".equals(p.getProperty("theme"));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Stores the bounds (light theme). */
    public static void save(Path file, Rectangle2D bounds) {
        save(file, bounds, false);
    }

    /** Stores the bounds and theme; a failure to write only costs the next start its remembered window. */
    public static void save(Path file, Rectangle2D bounds, boolean dark) {
        if (file == null) {
            return;
        }
        Properties p = new Properties();
        p.setProperty("x", format(bounds.getMinX()));
        p.setProperty("y", format(bounds.getMinY()));
        p.setProperty("width", format(bounds.getWidth()));
        p.setProperty("height", format(bounds.getHeight()));
        p.setProperty("theme", dark ? "dark" : "light");
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                p.store(out, "Uplift window size and place");
            }
        } catch (IOException e) {
            org.slf4j.LoggerFactory.getLogger(WindowSettings.class).warn("window size not remembered: {}", e.getMessage());
        }
    }

    private static String format(double v) {
        return String.format(Locale.ROOT, "%.0f", v);
    }
}
