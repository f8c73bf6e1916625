package dev.uplift.app.advisories;

import dev.uplift.analysis.deps.Advisory;
import dev.uplift.analysis.deps.Dependency;
import dev.uplift.app.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class AdvisoryImportTest {
    /** The public PyPA advisory database beside the project (shared/advisories, not committed). */
    static final Path PYPA = Path.of("..", "..", "shared", "advisories", "pypa", "vulns").toAbsolutePath().normalize();

    @Test
    void theShippedSnapshotFlagsLog4Shell(@TempDir Path home) {
        try (Database db = Database.open(home)) {
            AdvisoryService service = new AdvisoryService(db);
            Dependency log4j = new Dependency("Maven", "org.apache.logging.log4j:log4j-core", "2.14.1", "2.14.1", "pom.xml", 1);
            assertThat(service.index().affecting(log4j)).extracting(Advisory::id).contains("GHSA-jfh8-c2jp-5v3q");
            assertThat(service.snapshotSize()).isGreaterThanOrEqualTo(15);
        }
    }

    @Test
    void importsTheRealPypaDatabaseAndMatchesByPep440(@TempDir Path home) throws Exception {
        assumeTrue(Files.isDirectory(PYPA), "the PyPA advisory database is not beside the project: " + PYPA);
        try (Database db = Database.open(home)) {
            AdvisoryService service = new AdvisoryService(db);
            AdvisoryService.ImportResult r = service.importFrom(PYPA);
            assertThat(r.files()).isGreaterThan(2000);
            assertThat(r.advisories()).isGreaterThan(2000);
            assertThat(service.index().affecting(new Dependency("PyPI", "requests", "2.2.0", "==2.2.0", "r", 1)))
                    .extracting(Advisory::id).contains("PYSEC-2014-13");
            assertThat(service.index().affecting(new Dependency("PyPI", "requests", "2.32.3", "==2.32.3", "r", 1)))
                    .extracting(Advisory::id).doesNotContain("PYSEC-2014-13");
        }
    }

    @Test
    void importsAZipAndSkipsWhatIsNotOsv(@TempDir Path home, @TempDir Path dir) throws Exception {
        Path zip = dir.resolve("all.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            entry(out, "GHSA-1.json", "{\"id\": \"GHSA-1\", \"affected\": [{\"package\": {\"ecosystem\": \"npm\", "
                    + "\"name\": \"left-pad\"}, \"ranges\": [{\"type\": \"SEMVER\", \"events\": [{\"introduced\": \"0\"}, "
                    + "{\"fixed\": \"1.3.1\"}]}]}]}");
            entry(out, "broken.json", "{not json");
            entry(out, "README.txt", "ignored");
        }
        try (Database db = Database.open(home)) {
            AdvisoryService service = new AdvisoryService(db);
            AdvisoryService.ImportResult r = service.importFrom(zip);
            assertThat(r.advisories()).isEqualTo(1);
            assertThat(r.skipped()).isEqualTo(1);
            assertThat(service.index().affecting(new Dependency("npm", "left-pad", "1.3.0", "1.3.0", "p", 1))).hasSize(1);
            assertThat(service.summary()).containsExactly("npm: 1 imported");
        }
    }

    private static void entry(ZipOutputStream out, String name, String text) throws Exception {
        out.putNextEntry(new ZipEntry(name));
        ((OutputStream) out).write(text.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }
}
