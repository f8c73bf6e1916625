package dev.uplift.app.cli;

import dev.uplift.app.TestRepositories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class KpiCommandTest {
    @TempDir
    Path work;
    @RegisterExtension
    final CliRunner cli = new CliRunner();

    @Test
    void recordsValuesAndTracksThemAgainstTheSeedTargets() {
        String repo = TestRepositories.SAMPLE.toString();
        assertThat(cli.run("kpi", repo)).isZero();
        assertThat(cli.out()).contains("Uptime", "not measured", "≥ 99.9 %");
        assertThat(cli.run("kpi", repo, "--set", "uptime=99.95", "--set", "p95-latency=240", "--date", "2026-11-20")).isZero();
        assertThat(cli.out()).contains("99.95 %").contains("met (2026-11-20)").contains("240 ms")
                .contains("NOT met (2026-11-20)");
    }

    @Test
    void importsACsvAllOrNothing() throws Exception {
        String repo = TestRepositories.SAMPLE.toString();
        Path good = Files.writeString(work.resolve("good.csv"), "kpi,value,date\nerror-rate,0.05,2026-11-01\n"
                + "error-rate,0.2,2026-11-08\n");
        assertThat(cli.run("kpi", repo, "--import", good.toString())).isZero();
        assertThat(cli.out()).contains("Recorded 2").contains("0.2 %").contains("NOT met (2026-11-08)");
        Path bad = Files.writeString(work.resolve("bad.csv"), "kpi,value,date\nuptime,99.99,2026-11-09\n"
                + "uptime,lots,2026-11-10\n");
        assertThat(cli.run("kpi", repo, "--import", bad.toString())).isEqualTo(3);
        assertThat(cli.err()).contains("bad.csv line 3").contains("nothing was imported");
        assertThat(cli.run("kpi", repo)).isZero();
        assertThat(cli.out()).contains("Uptime             not measured");
    }

    @Test
    void refusesUnknownKpisAndImpossibleValues() {
        assertThat(cli.run("kpi", TestRepositories.SAMPLE.toString(), "--set", "happiness=3")).isEqualTo(3);
        assertThat(cli.run("kpi", TestRepositories.SAMPLE.toString(), "--set", "uptime=140")).isEqualTo(3);
    }

    @Test
    void manualEvidenceIsShownBesideTheAutomaticResult() {
        String repo = TestRepositories.SAMPLE.toString();
        assertThat(cli.run("checklist", repo, "--evidence", "backups=restore tested 2026-11-20")).isZero();
        assertThat(cli.out()).containsPattern("not checked +backups .*\\[recorded: restore tested 2026-11-20]");
        assertThat(cli.run("checklist", repo, "--clear", "backups")).isZero();
        assertThat(cli.out()).doesNotContain("recorded:");
    }
}
