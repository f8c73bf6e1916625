package dev.uplift.app.advisories;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.uplift.analysis.deps.Advisory;
import dev.uplift.analysis.deps.AdvisoryIndex;
import dev.uplift.analysis.deps.OsvReader;
import dev.uplift.app.store.Database;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The advisories assessments match against: the snapshot Uplift ships plus what the user imported.
 * Imports read a folder or a zip of OSV JSON/YAML files (as the per-ecosystem {@code all.zip} exports
 * are published), never the network. Thread-safe.
 */
public final class AdvisoryService {
    static final String SNAPSHOT = "/advisories/osv-snapshot.json";
    static final long MAX_FILE_BYTES = 2L * 1024 * 1024;
    static final long MAX_TOTAL_BYTES = 1024L * 1024 * 1024;
    static final int MAX_FILES = 500_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What an import did. */
    public record ImportResult(int files, int advisories, int skipped, List<String> problems) {
    }

    private final Database database;
    private volatile AdvisoryIndex index;

    public AdvisoryService(Database database) {
        this.database = database;
    }

    /** Snapshot and imported advisories, built once and rebuilt after an import. */
    public AdvisoryIndex index() {
        AdvisoryIndex current = index;
        if (current == null) {
            List<Advisory> all = new ArrayList<>(snapshot());
            all.addAll(stored());
            current = new AdvisoryIndex(all);
            index = current;
        }
        return current;
    }

    static List<Advisory> snapshot() {
        try (InputStream in = AdvisoryService.class.getResourceAsStream(SNAPSHOT)) {
            if (in == null) {
                throw new IllegalStateException("the advisory snapshot is missing from the build");
            }
            return OsvReader.read(in.readAllBytes(), false);
        } catch (IOException e) {
            throw new UncheckedIOException("the shipped advisory snapshot does not read", e);
        }
    }

    private List<Advisory> stored() {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT document FROM advisory").mapTo(String.class).list())
                .stream().map(AdvisoryService::parse).toList();
    }

    /** Imports every OSV file in a folder or zip; files that are not OSV are counted and skipped. */
    public ImportResult importFrom(Path source) throws IOException {
        List<Advisory> advisories = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        int[] files = {0};
        int[] skipped = {0};
        if (Files.isDirectory(source)) {
            long[] total = {0};
            try (Stream<Path> walk = Files.walk(source)) {
                for (Path p : walk.filter(Files::isRegularFile).toList()) {
                    if (!isOsvName(p.getFileName().toString())) {
                        continue;
                    }
                    long size = Files.size(p);
                    total[0] += size;
                    if (++files[0] > MAX_FILES || total[0] > MAX_TOTAL_BYTES) {
                        throw new IOException("more than " + MAX_FILES + " files or 1 GiB: not an advisory export");
                    }
                    collect(p.toString(), size <= MAX_FILE_BYTES ? Files.readAllBytes(p) : null, advisories, problems,
                            skipped);
                }
            }
        } else {
            try (ZipFile zip = new ZipFile(source.toFile())) {
                long total = 0;
                for (Enumeration<? extends ZipEntry> en = zip.entries(); en.hasMoreElements(); ) {
                    ZipEntry e = en.nextElement();
                    if (e.isDirectory() || !isOsvName(e.getName())) {
                        continue;
                    }
                    if (++files[0] > MAX_FILES) {
                        throw new IOException("more than " + MAX_FILES + " entries: not an advisory export");
                    }
                    try (InputStream in = zip.getInputStream(e)) {
                        byte[] bytes = in.readNBytes((int) MAX_FILE_BYTES + 1); // bounded, whatever the header says
                        total += bytes.length;
                        if (total > MAX_TOTAL_BYTES) {
                            throw new IOException("more than 1 GiB uncompressed: not an advisory export");
                        }
                        collect(e.getName(), bytes.length > MAX_FILE_BYTES ? null : bytes, advisories, problems, skipped);
                    }
                }
            } catch (java.util.zip.ZipException e) {
                throw new IOException(source + " is neither a folder nor a zip file", e);
            }
        }
        store(advisories);
        index = null;
        return new ImportResult(files[0], advisories.size(), skipped[0], problems.stream().limit(10).toList());
    }

    private static void collect(String name, byte[] bytes, List<Advisory> out, List<String> problems, int[] skipped) {
        if (bytes == null) {
            skipped[0]++;
            problems.add(name + ": larger than 2 MiB");
            return;
        }
        try {
            out.addAll(OsvReader.read(bytes, !name.toLowerCase(Locale.ROOT).endsWith(".json")));
        } catch (IOException | RuntimeException e) {
            skipped[0]++;
            problems.add(name + ": " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
        }
    }

    private void store(List<Advisory> advisories) {
        database.jdbi().useTransaction(h -> {
            var batch = h.prepareBatch("MERGE INTO advisory (advisory_id, ecosystem, package, document, imported_at) "
                    + "KEY (advisory_id, ecosystem, package) VALUES (:id, :eco, :pkg, :doc, :at)");
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            for (Advisory a : advisories) {
                try {
                    batch.bind("id", a.id()).bind("eco", a.ecosystem()).bind("pkg", a.packageName())
                            .bind("doc", JSON.writeValueAsString(a)).bind("at", now).add();
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException("an advisory always serialises", e);
                }
            }
            if (batch.size() > 0) {
                batch.execute();
            }
        });
    }

    public int snapshotSize() {
        return snapshot().size();
    }

    /** Imported advisories per ecosystem, for listing. */
    public List<String> summary() {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT ecosystem, COUNT(*) FROM advisory GROUP BY ecosystem "
                + "ORDER BY ecosystem").map((rs, ctx) -> rs.getString(1) + ": " + rs.getInt(2) + " imported").list());
    }

    private static boolean isOsvName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".json") || n.endsWith(".yaml") || n.endsWith(".yml");
    }

    private static Advisory parse(String document) {
        try {
            return JSON.readValue(document, Advisory.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored advisory no longer reads", e);
        }
    }
}
