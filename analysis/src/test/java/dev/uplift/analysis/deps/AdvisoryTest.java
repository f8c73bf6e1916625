package dev.uplift.analysis.deps;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AdvisoryTest {
    private static final String OSV = """
            {"id": "GHSA-x", "aliases": ["CVE-2021-44228"], "summary": "bad",
             "affected": [{"package": {"ecosystem": "Maven", "name": "org.apache.logging.log4j:log4j-core"},
               "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "2.0-beta9"}, {"fixed": "2.15.0"}]},
                          {"type": "GIT", "events": [{"introduced": "abc"}]}]},
              {"package": {"ecosystem": "crates.io", "name": "x"}, "ranges": []}]}
            """;

    @Test
    void matchesTheAffectedRangeOnly() throws Exception {
        List<Advisory> read = OsvReader.read(OSV.getBytes(StandardCharsets.UTF_8), false);
        assertThat(read).hasSize(1);
        Advisory a = read.get(0);
        assertThat(a.affects("2.14.1")).isTrue();
        assertThat(a.affects("2.0-beta9")).isTrue();
        assertThat(a.affects("2.0-beta8")).isFalse();
        assertThat(a.affects("2.15.0")).isFalse();
        assertThat(a.fixed()).isEqualTo("2.15.0");
        assertThat(a.displayId()).isEqualTo("CVE-2021-44228 (GHSA-x)");
    }

    @Test
    void understandsLastAffectedAndListedVersions() throws Exception {
        String yaml = "id: PYSEC-1\naffected:\n- package: {name: Some_Pkg, ecosystem: PyPI}\n  ranges:\n"
                + "  - type: ECOSYSTEM\n    events:\n    - introduced: '0'\n    - last_affected: '1.4'\n"
                + "  versions: ['2.0.1']\n";
        Advisory a = OsvReader.read(yaml.getBytes(StandardCharsets.UTF_8), true).get(0);
        assertThat(a.packageName()).isEqualTo("some-pkg");
        assertThat(a.affects("1.4")).isTrue();
        assertThat(a.affects("1.5")).isFalse();
        assertThat(a.affects("2.0.1")).isTrue();
        AdvisoryIndex index = new AdvisoryIndex(List.of(a));
        assertThat(index.affecting(new Dependency("PyPI", "some.pkg", "1.0", "==1.0", "r.txt", 1))).hasSize(1);
        assertThat(index.affecting(new Dependency("PyPI", "some-pkg", null, ">=1.0", "r.txt", 1))).isEmpty();
    }

    @Test
    void aYamlAliasBombIsRefused() {
        StringBuilder bomb = new StringBuilder("a: &a [x,x,x,x,x,x,x,x,x,x]\n");
        for (int i = 0; i < 30; i++) {
            bomb.append((char) ('b' + i % 20)).append(i).append(": &").append((char) ('b' + i % 20)).append(i)
                    .append(" [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\n");
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> OsvReader.read(
                bomb.toString().getBytes(StandardCharsets.UTF_8), true)).isInstanceOf(Exception.class);
    }
}
