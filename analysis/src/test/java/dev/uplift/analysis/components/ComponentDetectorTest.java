package dev.uplift.analysis.components;

import dev.uplift.analysis.index.FileIndex;
import dev.uplift.analysis.index.FileIndexer;
import dev.uplift.model.AssessmentWarning;
import dev.uplift.model.Component;
import dev.uplift.model.ComponentKind;
import dev.uplift.model.service.Cancellation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class ComponentDetectorTest {

    static ComponentDetector.Detection detect(Path repo) throws Exception {
        FileIndex index = new FileIndexer(repo, Cancellation.NEVER).index();
        return new ComponentDetector(repo, index).detect();
    }

    static Path polyglot() throws Exception {
        return Path.of(Objects.requireNonNull(ComponentDetectorTest.class.getResource("/repos/polyglot")).toURI());
    }

    @Test
    void findsEveryKindOfComponentInAPolyglotRepository() throws Exception {
        Map<String, Component> byId = detect(polyglot()).components().stream()
                .collect(Collectors.toMap(Component::id, Function.identity()));
        assertThat(byId).containsOnlyKeys("core", "api", "gradle-app/lib", "gradle-app/app", "web", "ui", "py-tools",
                "core_utils", "scripts", ".");
        assertThat(byId.get("core").kind()).isEqualTo(ComponentKind.MAVEN_MODULE);
        assertThat(byId.get("core").name()).isEqualTo("acme-core");
        assertThat(byId.get("gradle-app/app").kind()).isEqualTo(ComponentKind.GRADLE_MODULE);
        assertThat(byId.get("web").kind()).isEqualTo(ComponentKind.NPM_PACKAGE);
        assertThat(byId.get("py-tools").name()).isEqualTo("analytics-tools");
        assertThat(byId.get("core_utils").kind()).isEqualTo(ComponentKind.PYTHON_PACKAGE);
        assertThat(byId.get("scripts").kind()).isEqualTo(ComponentKind.FOLDER);
        assertThat(byId.get(".").kind()).isEqualTo(ComponentKind.SCRIPTS); // manage.py beside the other components
    }

    @Test
    void hiddenToolFoldersAreNeverComponents(@TempDir Path repo) throws Exception {
        write(repo, "svc/app.py", "x = 1\n");
        write(repo, ".kiro/specs/feature/package.json", "{\"name\": \"spec\"}");
        write(repo, ".kiro/specs/feature/tool.py", "y = 2\n");
        write(repo, ".devcontainer/setup/__init__.py", "");
        write(repo, ".github/workflows/ci.yml", "on: push\n");
        assertThat(detect(repo).components()).extracting(Component::id).doesNotContain(".kiro", ".kiro/specs/feature",
                ".devcontainer", ".devcontainer/setup", ".github").contains("svc");
    }

    @Test
    void rootDeploymentAndConfigurationFilesFormThePlatform(@TempDir Path repo) throws Exception {
        write(repo, "svc/app.py", "x = 1\n");
        write(repo, ".env", "API_KEY=abc\n");
        write(repo, "docker-compose.yml", "services: {}\n");
        Map<String, Component> byId = detect(repo).components().stream()
                .collect(Collectors.toMap(Component::id, Function.identity()));
        assertThat(byId).containsOnlyKeys("svc", "platform");
        assertThat(byId.get("platform").kind()).isEqualTo(ComponentKind.PLATFORM);
        assertThat(byId.get("platform").path()).isEqualTo(".");
        ComponentOwnership owners = ComponentOwnership.of(List.copyOf(byId.values()));
        assertThat(owners.ownerOf(".env", false)).contains("platform");
        assertThat(owners.ownerOf("svc/app.py", true)).contains("svc");
        assertThat(owners.ownerOf("README.md", false)).isEmpty();
    }

    @Test
    void withoutDeploymentFilesThereIsNoPlatform(@TempDir Path repo) throws Exception {
        write(repo, "svc/app.py", "x = 1\n");
        write(repo, "README.md", "# svc\n");
        write(repo, ".github/workflows/ci.yml", "on: push\n"); // CI alone: the repository checklist judges it
        write(repo, "notes/ideas.txt", "later\n");
        assertThat(detect(repo).components()).extracting(Component::id).containsExactly("svc");
        write(repo, "deploy/values.yaml", "replicas: 2\n");
        assertThat(detect(repo).components()).extracting(Component::id).containsExactlyInAnyOrder("svc", "platform");
    }

    @Test
    void looseRootCodeIsTheScriptsComponentBesideOthersAndTheProductAlone(@TempDir Path repo) throws Exception {
        write(repo, "fix_db.py", "print(1)\n");
        assertThat(detect(repo).components()).extracting(Component::kind).containsExactly(ComponentKind.FOLDER);
        write(repo, "svc/app.py", "x = 1\n");
        Component root = detect(repo).components().stream().filter(c -> c.id().equals(".")).findFirst().orElseThrow();
        assertThat(root.kind()).isEqualTo(ComponentKind.SCRIPTS);
        assertThat(root.name()).isEqualTo("scripts");
    }

    private static void write(Path repo, String path, String text) throws Exception {
        Path file = repo.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void resolvesManifestDependenciesBetweenComponents() throws Exception {
        Map<String, Component> byId = detect(polyglot()).components().stream()
                .collect(Collectors.toMap(Component::id, Function.identity()));
        assertThat(byId.get("api").dependsOn()).containsExactly("core");
        assertThat(byId.get("gradle-app/app").dependsOn()).containsExactly("gradle-app/lib");
        assertThat(byId.get("web").dependsOn()).containsExactly("ui");
        assertThat(byId.get("core").dependsOn()).isEmpty();
    }

    @Test
    void knowsWhichComponentOwnsAnImportableName() throws Exception {
        assertThat(detect(polyglot()).ownerOfName()).contains(entry("core_utils", "core_utils"),
                entry("analytics", "py-tools"), entry("@acme/ui", "ui"));
    }

    @Test
    void splitsALargePythonPackageIntoItsSubpackages(@TempDir Path repo) throws Exception {
        for (String sub : new String[] {"billing", "shipping"}) {
            Path dir = Files.createDirectories(repo.resolve("platform/" + sub));
            Files.writeString(dir.resolve("__init__.py"), "");
            for (int i = 0; i < 80; i++) {
                Files.writeString(dir.resolve("m" + i + ".py"), "x = " + i);
            }
        }
        Files.writeString(repo.resolve("platform/__init__.py"), "");
        assertThat(detect(repo).components()).extracting(Component::id)
                .contains("platform", "platform/billing", "platform/shipping");
    }

    @Test
    void manifestsAmongTestCodeAreFixturesNotComponents(@TempDir Path repo) throws Exception {
        Path fixture = Files.createDirectories(repo.resolve("lib/src/test/resources/sample"));
        Files.writeString(fixture.resolve("package.json"), "{\"name\": \"fixture\"}");
        Files.writeString(fixture.resolve("index.js"), "module.exports = 1;");
        Files.writeString(repo.resolve("lib/package.json"), "{\"name\": \"lib\"}");
        assertThat(detect(repo).components()).extracting(Component::id).containsExactly("lib");
    }

    @Test
    void hostileXmlBecomesAWarningNotAComponentOrAnError(@TempDir Path repo) throws Exception {
        Path module = Files.createDirectories(repo.resolve("evil"));
        Files.writeString(module.resolve("pom.xml"), "<?xml version=\"1.0\"?>\n<!DOCTYPE p [<!ENTITY x SYSTEM "
                + "\"file:///etc/passwd\">]>\n<project><artifactId>&x;</artifactId></project>");
        Files.writeString(module.resolve("A.java"), "class A {}");
        ComponentDetector.Detection detection = detect(repo);
        assertThat(detection.warnings()).extracting(AssessmentWarning::file).containsExactly("evil/pom.xml");
        assertThat(detection.components()).extracting(Component::name).doesNotContain("root:x:0:0");
        assertThat(detection.components()).extracting(Component::kind).containsOnly(ComponentKind.FOLDER);
    }
}
