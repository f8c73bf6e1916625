package dev.uplift.analysis.git;

import dev.uplift.model.service.Cancellation;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.util.io.DisabledOutputStream;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Reads the git history read-only (JGit, no git process, nothing written): for every file, the
 * commits that changed it and their distinct authors since a point in time. Renames are not
 * followed (a renamed file starts afresh). At most {@value #MAX_COMMITS} commits are read.
 */
public final class GitHistory {
    static final int MAX_COMMITS = 20_000;

    private GitHistory() {
    }

    /** File histories by repository-relative path, newest commits first until {@code since}. */
    public static Map<String, FileHistory> read(Path repository, Instant since, Cancellation cancellation)
            throws IOException {
        Path dotGit = repository.resolve(".git");
        if (!Files.exists(dotGit)) {
            throw new IOException("not a git work tree");
        }
        Map<String, Integer> commits = new HashMap<>();
        Map<String, Set<String>> authors = new HashMap<>();
        try (Repository repo = new FileRepositoryBuilder().setWorkTree(repository.toFile()).setMustExist(true)
                .readEnvironment().build(); RevWalk walk = new RevWalk(repo);
             DiffFormatter diff = new DiffFormatter(DisabledOutputStream.INSTANCE)) {
            ObjectId head = repo.resolve("HEAD");
            if (head == null) {
                return Map.of(); // a repository without commits
            }
            diff.setRepository(repo);
            diff.setDetectRenames(false);
            walk.markStart(walk.parseCommit(head));
            int read = 0;
            for (RevCommit commit : walk) {
                cancellation.check();
                if (Instant.ofEpochSecond(commit.getCommitTime()).isBefore(since) || ++read > MAX_COMMITS) {
                    break;
                }
                String author = commit.getAuthorIdent().getEmailAddress();
                var changes = commit.getParentCount() == 0
                        ? diff.scan(new EmptyTreeIterator(), new org.eclipse.jgit.treewalk.CanonicalTreeParser(null,
                        walk.getObjectReader(), commit.getTree()))
                        : diff.scan(walk.parseCommit(commit.getParent(0)).getTree(), commit.getTree());
                for (DiffEntry change : changes) {
                    String path = change.getChangeType() == DiffEntry.ChangeType.DELETE ? change.getOldPath()
                            : change.getNewPath();
                    commits.merge(path, 1, Integer::sum);
                    authors.computeIfAbsent(path, k -> new HashSet<>()).add(author);
                }
            }
        } catch (IOException e) {
            throw e;
        } catch (RuntimeException e) { // JGit reports damaged objects as unchecked exceptions
            throw new IOException("damaged repository: " + e.getMessage(), e);
        }
        Map<String, FileHistory> out = new HashMap<>();
        commits.forEach((path, n) -> out.put(path, new FileHistory(n, authors.get(path).size())));
        return out;
    }
}
