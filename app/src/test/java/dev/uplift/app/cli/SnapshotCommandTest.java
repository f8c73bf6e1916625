package dev.uplift.app.cli;

import dev.uplift.app.TestRepositories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** snapshot: every main view of a stored assessment as a PNG, headless. */
class SnapshotCommandTest {
    @TempDir
    Path work;
    @RegisterExtension
    final CliRunner cli = new CliRunner();

    @Test
    void rendersEveryMainViewOfTheStoredAssessment() throws Exception {
        String sample = TestRepositories.SAMPLE.toString();
        assertThat(cli.run("plan", sample)).as(cli.err()).isZero();
        Path out = work.resolve("shots");
        assertThat(cli.run("snapshot", sample, "--out", out.toString())).as(cli.err()).isZero();
        for (String view : new String[] {"overview", "components", "plan"}) {
            BufferedImage image = ImageIO.read(out.resolve(view + ".png").toFile());
            assertThat(image).as(view).isNotNull();
            assertThat(image.getWidth()).as(view).isGreaterThanOrEqualTo(1000);
            Set<Integer> colours = new HashSet<>();
            for (int x = 0; x < image.getWidth(); x += 7) {
                for (int y = 0; y < image.getHeight(); y += 7) {
                    colours.add(image.getRGB(x, y));
                }
            }
            assertThat(colours).as(view + " shows more than a blank window").hasSizeGreaterThan(20);
        }
    }

    @Test
    void withoutAStoredAssessmentItSaysWhatToRun() throws Exception {
        Path empty = Files.createDirectories(work.resolve("never-assessed"));
        assertThat(cli.run("snapshot", empty.toString(), "--out", work.resolve("x").toString())).isEqualTo(3);
        assertThat(cli.err()).contains("no stored assessment").contains("uplift assess");
    }
}
