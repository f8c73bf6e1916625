package dev.uplift.views;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WindowSettingsTest {
    @TempDir
    Path home;

    private static final List<Rectangle2D> ONE_SCREEN = List.of(new Rectangle2D(0, 0, 1920, 1080));

    @Test
    void theSizeAndPlaceComeBackNextTime() {
        Path file = home.resolve("window.properties");
        WindowSettings.save(file, new Rectangle2D(100, 50, 1400, 900));
        assertThat(WindowSettings.load(file, ONE_SCREEN)).contains(new Rectangle2D(100, 50, 1400, 900));
    }

    @Test
    void aPlaceOnAScreenThatIsGoneOrAnUnreadableFileIsNotUsed() throws Exception {
        Path file = home.resolve("window.properties");
        WindowSettings.save(file, new Rectangle2D(2500, 100, 1200, 800)); // on a second monitor, since unplugged
        assertThat(WindowSettings.load(file, ONE_SCREEN)).isEmpty();
        Files.writeString(file, "x=oops\n");
        assertThat(WindowSettings.load(file, ONE_SCREEN)).isEmpty();
        assertThat(WindowSettings.load(home.resolve("missing.properties"), ONE_SCREEN)).isEmpty();
    }

    @Test
    void theThemeIsRememberedWithTheWindow() {
        Path file = home.resolve("window.properties");
        assertThat(WindowSettings.darkTheme(file)).isFalse();
        WindowSettings.save(file, new Rectangle2D(100, 50, 1400, 900), true);
        assertThat(WindowSettings.darkTheme(file)).isTrue();
        WindowSettings.save(file, new Rectangle2D(100, 50, 1400, 900), false);
        assertThat(WindowSettings.darkTheme(file)).isFalse();
    }

    @Test
    void aTinyStoredSizeIsRaisedToAUsableOne() {
        Path file = home.resolve("window.properties");
        WindowSettings.save(file, new Rectangle2D(10, 10, 50, 30));
        assertThat(WindowSettings.load(file, ONE_SCREEN)).hasValueSatisfying(b -> {
            assertThat(b.getWidth()).isEqualTo(640);
            assertThat(b.getHeight()).isEqualTo(400);
        });
    }
}
