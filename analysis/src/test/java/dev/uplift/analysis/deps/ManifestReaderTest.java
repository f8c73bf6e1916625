package dev.uplift.analysis.deps;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ManifestReaderTest {
    @Test
    void resolvesMavenVersionsThroughParentPropertiesAndManagement(@TempDir Path repo) throws Exception {
        Files.writeString(repo.resolve("pom.xml"), "<project><version>3.0</version><properties><log4j.version>2.14.1"
                + "</log4j.version></properties><dependencyManagement><dependencies><dependency><groupId>g</groupId>"
                + "<artifactId>managed</artifactId><version>1.2</version></dependency></dependencies>"
                + "</dependencyManagement></project>");
        Path module = Files.createDirectories(repo.resolve("m"));
        Files.writeString(module.resolve("pom.xml"), "<project><parent><artifactId>p</artifactId></parent>\n<dependencies>"
                + "\n<dependency><groupId>org.apache.logging.log4j</groupId><artifactId>log4j-core</artifactId>"
                + "<version>${log4j.version}</version></dependency>\n<dependency><groupId>g</groupId>"
                + "<artifactId>managed</artifactId></dependency>\n<dependency><groupId>g</groupId><artifactId>ranged"
                + "</artifactId><version>[1.0,2.0)</version></dependency>\n<dependency><groupId>g</groupId>"
                + "<artifactId>sibling</artifactId><version>${project.version}</version></dependency></dependencies></project>");
        List<Dependency> deps = ManifestReader.read(module.resolve("pom.xml"), "m/pom.xml");
        assertThat(deps).extracting(Dependency::name, Dependency::version, Dependency::line).containsExactly(
                tuple("org.apache.logging.log4j:log4j-core", "2.14.1", 3), tuple("g:managed", "1.2", 4),
                tuple("g:ranged", null, 5), tuple("g:sibling", "3.0", 6));
    }

    @Test
    void readsRequirementsWithoutFollowingIncludesOrUrls() {
        String text = "# pinned\nrequests==2.25.1\nDjango>=4.2,<5  # range\n-r other.txt\nflask[async]==3.0.0 ; "
                + "python_version>'3.8'\ngit+https://example.com/x.git\nPyYAML\n";
        assertThat(ManifestReader.requirements(text, "r.txt")).extracting(Dependency::name, Dependency::version,
                Dependency::line).containsExactly(tuple("requests", "2.25.1", 2), tuple("django", null, 3),
                tuple("flask", "3.0.0", 5), tuple("pyyaml", null, 7));
    }

    @Test
    void readsPyprojectDependencies() {
        String text = "[project]\nname = \"x\"\ndependencies = [\n  \"requests>=2.31\",\n  \"pika==1.3.2\",\n]\n"
                + "[tool.black]\ndependencies = [\"not-this\"]\n";
        assertThat(ManifestReader.pyproject(text, "pyproject.toml")).extracting(Dependency::name, Dependency::version)
                .containsExactly(tuple("requests", null), tuple("pika", "1.3.2"));
    }

    @Test
    void takesNpmVersionsFromTheLockFile(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("package.json"), "{\"dependencies\": {\"lodash\": \"^4.17.0\", \"left-pad\": "
                + "\"1.3.0\"}, \"devDependencies\": {\"vitest\": \"^1.6.0\"}}");
        Files.writeString(dir.resolve("package-lock.json"), "{\"lockfileVersion\": 3, \"packages\": {\"\": {}, "
                + "\"node_modules/lodash\": {\"version\": \"4.17.20\"}, \"node_modules/a/node_modules/lodash\": "
                + "{\"version\": \"3.0.0\"}}}");
        assertThat(ManifestReader.read(dir.resolve("package.json"), "package.json"))
                .extracting(Dependency::name, Dependency::version).containsExactly(tuple("lodash", "4.17.20"),
                        tuple("left-pad", "1.3.0"), tuple("vitest", null));
    }

    @Test
    void takesNpmVersionsFromAClassicYarnLockAtTheWorkspaceRoot(@TempDir Path repo) throws Exception {
        Path web = Files.createDirectories(repo.resolve("packages/web"));
        Files.writeString(web.resolve("package.json"), "{\"dependencies\": {\"lodash\": \"^4.17.0\", "
                + "\"@babel/core\": \"~7.20.0\", \"left-pad\": \"^1.0.0\"}}");
        Files.writeString(repo.resolve("yarn.lock"), "# yarn lockfile v1\n\n\"@babel/core@~7.20.0\":\n"
                + "  version \"7.20.12\"\n  resolved \"https://example.invalid\"\n\n"
                + "lodash@^4.17.0, lodash@^4.17.20:\n  version \"4.17.20\"\n\nlodash@^3.0.0:\n  version \"3.10.1\"\n");
        assertThat(ManifestReader.read(web.resolve("package.json"), "packages/web/package.json"))
                .extracting(Dependency::name, Dependency::version).containsExactly(tuple("lodash", "4.17.20"),
                        tuple("@babel/core", "7.20.12"), tuple("left-pad", null));
    }

    @Test
    void takesNpmVersionsFromAYarnBerryLock(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("package.json"), "{\"dependencies\": {\"axios\": \"^0.21.0\"}}");
        Files.writeString(dir.resolve("yarn.lock"), "__metadata:\n  version: 6\n\n\"axios@npm:^0.21.0\":\n"
                + "  version: 0.21.1\n  resolution: \"axios@npm:0.21.1\"\n");
        assertThat(ManifestReader.read(dir.resolve("package.json"), "package.json"))
                .extracting(Dependency::name, Dependency::version).containsExactly(tuple("axios", "0.21.1"));
    }

    @Test
    void takesNpmVersionsFromThePnpmLockOfItsWorkspaceImporter(@TempDir Path repo) throws Exception {
        Path web = Files.createDirectories(repo.resolve("apps/web"));
        Files.writeString(web.resolve("package.json"), "{\"dependencies\": {\"react\": \"^18.2.0\"}, "
                + "\"devDependencies\": {\"vitest\": \"^1.6.0\"}}");
        Files.writeString(repo.resolve("pnpm-lock.yaml"), "lockfileVersion: '9.0'\nimporters:\n  .:\n"
                + "    dependencies:\n      react:\n        specifier: ^17.0.0\n        version: 17.0.2\n"
                + "  apps/web:\n    dependencies:\n      react:\n        specifier: ^18.2.0\n        version: 18.2.0\n"
                + "    devDependencies:\n      vitest:\n        specifier: ^1.6.0\n"
                + "        version: 1.6.0(@types/node@20.1.0)\n");
        assertThat(ManifestReader.read(web.resolve("package.json"), "apps/web/package.json"))
                .extracting(Dependency::name, Dependency::version).containsExactly(tuple("react", "18.2.0"),
                        tuple("vitest", "1.6.0"));
    }

    @Test
    void aLockFileAboveTheRepositoryIsNotRead(@TempDir Path outside) throws Exception {
        Path repo = Files.createDirectories(outside.resolve("repo"));
        Files.writeString(repo.resolve("package.json"), "{\"dependencies\": {\"lodash\": \"^4.17.0\"}}");
        Files.writeString(outside.resolve("yarn.lock"), "lodash@^4.17.0:\n  version \"4.17.20\"\n");
        assertThat(ManifestReader.read(repo.resolve("package.json"), "package.json"))
                .extracting(Dependency::name, Dependency::version).containsExactly(tuple("lodash", null));
    }

    @Test
    void readsGradleCoordinatesVariablesAndTheVersionCatalog(@TempDir Path repo) throws Exception {
        Files.createDirectories(repo.resolve("gradle"));
        Files.writeString(repo.resolve("gradle/libs.versions.toml"), "[versions]\njackson = \"2.9.8\"\n\n[libraries]\n"
                + "jackson-databind = { module = \"com.fasterxml.jackson.core:jackson-databind\", version.ref = \"jackson\" }\n"
                + "text = \"org.apache.commons:commons-text:1.9\"\nguava = { group = \"com.google.guava\", name = \"guava\" }\n");
        Path app = Files.createDirectories(repo.resolve("app"));
        Files.writeString(app.resolve("build.gradle.kts"), "val log4jVersion = \"2.14.1\"\ndependencies {\n"
                + "    implementation(\"org.apache.logging.log4j:log4j-core:$log4jVersion\")\n"
                + "    implementation(libs.jackson.databind)\n    implementation(libs.text)\n    api(libs.guava)\n"
                + "    testImplementation(\"junit:junit:4.+\")\n}\n");
        assertThat(ManifestReader.read(app.resolve("build.gradle.kts"), "app/build.gradle.kts"))
                .extracting(Dependency::name, Dependency::version, Dependency::line).containsExactly(
                        tuple("org.apache.logging.log4j:log4j-core", "2.14.1", 3),
                        tuple("com.fasterxml.jackson.core:jackson-databind", "2.9.8", 4),
                        tuple("org.apache.commons:commons-text", "1.9", 5),
                        tuple("com.google.guava:guava", null, 6), tuple("junit:junit", null, 7));
    }

    @Test
    void readsPipfiles() {
        String text = "[[source]]\nurl = \"https://pypi.org/simple\"\n\n[packages]\nrequests = \"==2.25.1\"\n"
                + "flask = \"*\"\ndjango = {version = \">=4.2\", extras = [\"argon2\"]}\n\n[dev-packages]\n"
                + "pytest = \"==8.0.0\"\n\n[requires]\npython_version = \"3.11\"\n";
        assertThat(ManifestReader.pipfile(text, "Pipfile")).extracting(Dependency::name, Dependency::version)
                .containsExactly(tuple("requests", "2.25.1"), tuple("flask", null), tuple("django", null),
                        tuple("pytest", "8.0.0"));
    }
}
