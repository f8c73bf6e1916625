package dev.uplift.analysis.components;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which files outside every code component belong to the repository's platform: how it is deployed
 * and configured. Strict files (environment files, compose files, Dockerfiles, Terraform, manifests in
 * deployment folders) create the platform component; once it exists it also takes the other loose
 * configuration at the root and the hidden tool folders (CI definitions among them), so a key
 * committed there is still somebody's finding. CI alone makes no platform: nearly every repository
 * has it, and it is judged by the repository's checklist.
 */
final class PlatformFiles {
    private static final Pattern STRICT_NAME = Pattern.compile("(\\.env(\\..+)?|.+\\.env|(docker-)?compose([.-].+)?\\.ya?ml"
            + "|dockerfile(\\..+)?|.+\\.dockerfile|procfile|fly\\.toml"
            + "|.+\\.tf|.+\\.tfvars)");
    /** An environment file's template (.env.example, .env.sample…): documentation of the settings, no platform. */
    private static final Pattern TEMPLATE = Pattern.compile(".*(example|sample|template|dist|defaults?)$");
    /** Top-level folders that hold deployment, not code. */
    private static final Set<String> DEPLOYMENT_FOLDERS = Set.of("k8s", "kubernetes", "helm", "charts", "deploy",
            "deployment", "deployments", "manifests", "terraform", "docker", "compose", "ops", "devops", "infra",
            "infrastructure", "ansible");
    /** Root files that are the repository's own bookkeeping, not its configuration. */
    private static final Pattern BOOKKEEPING = Pattern.compile("(readme|changelog|changes|history|license|licence|copying"
            + "|notice|authors|contributors|contributing|code_of_conduct|security|maintainers|codeowners)(\\..*)?"
            + "|\\.gitignore|\\.gitattributes|\\.gitmodules|\\.editorconfig|\\.dockerignore|\\.mailmap|.+\\.(md|rst|adoc)");

    private PlatformFiles() {
    }

    /** A file whose presence outside the code components makes a platform component. */
    static boolean strict(String path) {
        String name = fileName(path);
        if (STRICT_NAME.matcher(name).matches() && !TEMPLATE.matcher(name).matches()) {
            return true;
        }
        int slash = path.indexOf('/');
        String top = slash < 0 ? "" : path.substring(0, slash).toLowerCase(Locale.ROOT);
        return DEPLOYMENT_FOLDERS.contains(top);
    }

    /** A configuration file at the root, or any file of a hidden tool folder: the platform takes it when it exists. */
    static boolean loose(String path, boolean code) {
        if (BOOKKEEPING.matcher(fileName(path)).matches()) {
            return false;
        }
        return inHiddenFolder(path) || !code && path.indexOf('/') < 0;
    }

    /** True when any folder on the path starts with a dot: an editor's, tool's or CI's folder. */
    static boolean inHiddenFolder(String path) {
        int start = 0;
        for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', start)) {
            if (path.charAt(start) == '.') {
                return true;
            }
            start = slash + 1;
        }
        return false;
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    }
}
