package dev.uplift.app.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** A damaged database file is set aside, never written over, and the user is told how to get it back. */
class DamagedDatabaseTest {

    @Test
    void aDamagedFileIsMovedAsideAndAFreshDatabaseOpens(@TempDir Path home) throws Exception {
        byte[] garbage = new byte[64 * 1024];
        new java.util.Random(7).nextBytes(garbage);
        Files.write(home.resolve("uplift.mv.db"), garbage);

        try (Database db = Database.open(home)) {
            assertThat(db.recovery()).hasValueSatisfying(r -> assertThat(r).contains("damaged", "moved to",
                    "uplift.mv.db.damaged-", "move", "back to uplift.mv.db"));
            int migrations = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM \"flyway_schema_history\"")
                    .mapTo(Integer.class).one());
            assertThat(migrations).isPositive();
        }
        List<Path> aside;
        try (Stream<Path> files = Files.list(home)) {
            aside = files.filter(p -> p.getFileName().toString().startsWith("uplift.mv.db.damaged-")).toList();
        }
        assertThat(aside).singleElement().satisfies(p -> assertThat(Files.readAllBytes(p)).isEqualTo(garbage));
    }

    @Test
    void aHealthyDatabaseOpensWithoutANotice(@TempDir Path home) {
        try (Database db = Database.open(home)) {
            assertThat(db.recovery()).isEmpty();
        }
        try (Database again = Database.open(home)) {
            assertThat(again.recovery()).isEmpty();
        }
    }
}
