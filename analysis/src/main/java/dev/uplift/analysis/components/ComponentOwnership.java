package dev.uplift.analysis.components;

import dev.uplift.model.Component;
import dev.uplift.model.ComponentKind;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which component owns a file. The deepest component folder that holds it comes first; outside
 * them, deployment and configuration files belong to the platform, everything else to a component
 * at the root if there is one, loose root code to the scripts component, and the remaining root and
 * hidden-folder configuration to the platform. Files nobody owns are outside every component.
 * Thread-safe: immutable.
 */
public final class ComponentOwnership {
    private final List<Component> foldersByDepth;
    private final Component root;
    private final Component platform;
    private final Component scripts;

    private ComponentOwnership(List<Component> components) {
        this.foldersByDepth = components.stream().filter(c -> !c.path().equals("."))
                .sorted(Comparator.comparingInt((Component c) -> c.path().length()).reversed()).toList();
        this.root = only(components, c -> c.path().equals(".") && !special(c));
        this.platform = only(components, c -> c.kind() == ComponentKind.PLATFORM);
        this.scripts = only(components, c -> c.kind() == ComponentKind.SCRIPTS);
    }

    public static ComponentOwnership of(List<Component> components) {
        return new ComponentOwnership(components);
    }

    /**
     * @param path repository-relative file path
     * @param code whether the file is source code (code at the root is scripts, configuration is platform)
     */
    public Optional<String> ownerOf(String path, boolean code) {
        for (Component c : foldersByDepth) {
            if (path.startsWith(c.path() + "/")) {
                return Optional.of(c.id());
            }
        }
        if (platform != null && PlatformFiles.strict(path)) {
            return Optional.of(platform.id());
        }
        if (root != null) {
            return Optional.of(root.id());
        }
        boolean atRoot = path.indexOf('/') < 0;
        if (scripts != null && code && atRoot) {
            return Optional.of(scripts.id());
        }
        if (platform != null && PlatformFiles.loose(path, code)) {
            return Optional.of(platform.id());
        }
        return Optional.empty();
    }

    private static boolean special(Component c) {
        return c.kind() == ComponentKind.PLATFORM || c.kind() == ComponentKind.SCRIPTS;
    }

    private static Component only(List<Component> components, java.util.function.Predicate<Component> which) {
        return components.stream().filter(which).findFirst().orElse(null);
    }
}
