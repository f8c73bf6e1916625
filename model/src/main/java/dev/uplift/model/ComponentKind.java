package dev.uplift.model;

/** How a component was recognised in the repository. */
public enum ComponentKind {
    MAVEN_MODULE("maven"),
    GRADLE_MODULE("gradle"),
    PYTHON_PACKAGE("python"),
    NPM_PACKAGE("npm"),
    FOLDER("folder"),
    /** The root's deployment and configuration files: .env files, compose files, Dockerfiles, manifests, CI. */
    PLATFORM("platform"),
    /** Loose code files at the repository root beside other components. */
    SCRIPTS("scripts");

    private final String label;

    ComponentKind(String label) {
        this.label = label;
    }

    /** The short lower-case name used in exports. */
    public String label() {
        return label;
    }
}
