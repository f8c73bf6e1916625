package dev.uplift.app.cli;

import dev.uplift.app.AppContext;
import dev.uplift.app.TestRepositories;
import dev.uplift.app.UpliftHome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class KpiCommandTest {
    @TempDir
    Path home;
    @TempDir
    Path work;
    private AppContext context;
    private StringWriter out;
    private StringWriter err;

    @BeforeEach
    void setUp() {
        context = new AppContext(new UpliftHome(home), "t", TestRepositories.SAMPLE);
    }

    @AfterEach
    void tearDown() {
        context.close();
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return UpliftCli.execute(context, args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void recordsValuesAndTracksThemAgainstTheSeedTargets() {
        String repo = TestRepositories.SAMPLE.toString();
        assertThat(run("kpi", repo)).isZero();
        assertThat(out.toString()).contains("Uptime", "not measured", "≥ 99.9 %");
        assertThat(run("kpi", repo, "--set", "uptime=99.95", "--set", "p95-latency=240", "--date", "2026-11-20")).isZero();
        assertThat(out.toString()).contains("99.95 %").contains("met (2026-11-20)").contains("240 ms")
                .contains("NOT met (2026-11-20)");
    }

    @Test
    void importsACsvAllOrNothing() throws Exception {
        String repo = TestRepositories.SAMPLE.toString();
        Path good = Files.writeString(work.resolve("good.csv"), "kpi,value,date\nerror-rate,0.05,2026-11-01\n"
                + "error-rate,0.2,2026-11-08\n");
        assertThat(run("kpi", repo, "--import", good.toString())).isZero();
        assertThat(out.toString()).contains("Recorded 2").contains("0.2 %").contains("NOT met (2026-11-08)");
        Path bad = Files.writeString(work.resolve("bad.csv"), "kpi,value,date\nuptime,99.99,2026-11-09\n"
                + "uptime,lots,2026-11-10\n");
        assertThat(run("kpi", repo, "--import", bad.toString())).isEqualTo(3);
        assertThat(err.toString()).contains("bad.csv line 3").contains("nothing was imported");
        assertThat(run("kpi", repo)).isZero();
        assertThat(out.toString()).contains("Uptime             not measured");
    }

    @Test
    void refusesUnknownKpisAndImpossibleValues() {
        assertThat(run("kpi", TestRepositories.SAMPLE.toString(), "--set", "happiness=3")).isEqualTo(3);
        assertThat(run("kpi", TestRepositories.SAMPLE.toString(), "--set", "uptime=140")).isEqualTo(3);
    }
}
