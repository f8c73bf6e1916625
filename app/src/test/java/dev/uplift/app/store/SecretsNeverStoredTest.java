package dev.uplift.app.store;

import dev.uplift.app.cli.CliHarnessAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** A secret is masked before it reaches any finding, so no stored or exported byte holds it. */
class SecretsNeverStoredTest {
    private static final String LIVE = "sk_live_4eC39HqLyjWDarjtT1zdp7dc";
    private static final String PASSWORD = "Xq7vT2pLm9Rw";

    @Test
    void committedEnvSecretsAreFoundMaskedAndPlaceholdersIgnored(@TempDir Path repo, @TempDir Path home,
                                                                 @TempDir Path out) throws Exception {
        Files.createDirectories(repo.resolve("svc"));
        Files.writeString(repo.resolve("svc/app.py"), "print('hi')\n");
        Files.writeString(repo.resolve("svc/.env"), "STRIPE_SECRET_KEY=" + LIVE + "\nDATABASE_URL=postgres://u:"
                + PASSWORD + "@db/x\nSMTP_PASSWORD=changeme\nAPI_TOKEN=${API_TOKEN}\n");
        Path json = out.resolve("a.json");
        int code = CliHarnessAccess.run(home, "assess", repo.toString(), "--json", json.toString());
        assertThat(code).isZero();
        String exported = Files.readString(json);
        assertThat(exported).contains("SEC-ENV-FILE").contains("sk_l…").doesNotContain(LIVE).doesNotContain(PASSWORD);
        long envFindings = 0;
        for (var c : new com.fasterxml.jackson.databind.ObjectMapper().readTree(exported).path("components")) {
            for (var f : c.path("findings")) {
                // both lines of the file: one grouped finding with two occurrences
                envFindings += f.path("ruleId").asText().equals("SEC-ENV-FILE") ? f.path("occurrences").size() : 0;
            }
        }
        assertThat(envFindings).as("two live values, no placeholder").isEqualTo(2);
        try (Stream<Path> files = Files.walk(home)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String bytes = new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.ISO_8859_1);
                assertThat(bytes).as(f.toString()).doesNotContain(LIVE).doesNotContain(PASSWORD);
            }
        }
    }
}
