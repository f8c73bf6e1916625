package dev.uplift.analysis.checklist;

import dev.uplift.analysis.index.IndexedFile;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Every file of the repository, where a component's checklist looks for what may live outside it
 * (migrations, environment config). Each search runs once per assessment, not once per component: on a
 * monorepo of a hundred components and thousands of files that was a second and a half.
 */
public final class RepositoryFiles {
    private final List<IndexedFile> files;
    private final Map<String, Optional<IndexedFile>> firstByPattern = new ConcurrentHashMap<>();

    public RepositoryFiles(List<IndexedFile> files) {
        this.files = List.copyOf(files);
    }

    /** The first file (by path) whose path the pattern finds. */
    Optional<IndexedFile> first(Pattern pathPattern) {
        return firstByPattern.computeIfAbsent(pathPattern.pattern(), p -> files.stream()
                .filter(f -> pathPattern.matcher(f.path()).find()).min(Comparator.comparing(IndexedFile::path)));
    }
}
