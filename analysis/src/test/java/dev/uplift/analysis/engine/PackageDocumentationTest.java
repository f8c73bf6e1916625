package dev.uplift.analysis.engine;

import dev.uplift.model.ComponentMetrics;
import dev.uplift.model.ProductionStandards;
import dev.uplift.model.service.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class PackageDocumentationTest {

    private static void write(Path repo, String path, String text) throws Exception {
        Path p = repo.resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    private static ComponentMetrics metrics(Path repo) throws Exception {
        return new AssessmentEngine(AnalysisCache.NONE, 1).run(repo, RunSettings.of(ProductionStandards.defaults()),
                ProgressListener.NONE, () -> false).components().get(0).metrics();
    }

    @Test
    void aPackageCountsAsApiDocumentedOnlyByAPackageInfoWithJavadoc(@TempDir Path repo) throws Exception {
        write(repo, "pom.xml", "<project><artifactId>svc</artifactId></project>");
        write(repo, "src/main/java/a/A.java", "package a;\n/** Documented. */\npublic class A {}\n");
        write(repo, "src/main/java/a/package-info.java", "/** What package a is for. */\npackage a;\n");
        write(repo, "src/main/java/b/B.java", "package b;\n/** Documented. */\npublic class B {}\n");
        write(repo, "src/main/java/c/C.java", "package c;\n/** Documented. */\npublic class C {}\n");
        write(repo, "src/main/java/c/package-info.java", "// not Javadoc\npackage c;\n");
        ComponentMetrics m = metrics(repo);
        // three classes, all documented; packages: a documented, b without package-info, c without Javadoc
        assertThat(m.publicApi()).isEqualTo(6);
        assertThat(m.documentedPublicApi()).isEqualTo(4);
    }
}
