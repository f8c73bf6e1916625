package dev.uplift.analysis.coverage;

import dev.uplift.analysis.engine.AnalysisCache;
import dev.uplift.analysis.engine.AssessmentEngine;
import dev.uplift.analysis.engine.EngineResult;
import dev.uplift.analysis.engine.RunSettings;
import dev.uplift.model.AssessmentWarning;
import dev.uplift.model.ComponentAssessment;
import dev.uplift.model.CoverageSource;
import dev.uplift.model.ProductionStandards;
import dev.uplift.model.service.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CoverageReportsTest {
    static final String JACOCO = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<!DOCTYPE report PUBLIC \"-//JACOCO//DTD Report 1.1//EN\" \"report.dtd\"><report name=\"svc\">"
            + "<package name=\"com/acme\"><sourcefile name=\"Orders.java\"><counter type=\"INSTRUCTION\" missed=\"9\" "
            + "covered=\"40\"/><counter type=\"LINE\" missed=\"5\" covered=\"15\"/></sourcefile>"
            + "<sourcefile name=\"Billing.java\"><counter type=\"LINE\" missed=\"10\" covered=\"0\"/></sourcefile>"
            + "</package></report>";
    static final String COBERTURA = "<?xml version=\"1.0\" ?><coverage line-rate=\"0.5\"><sources><source>/ci/work"
            + "</source></sources><packages><package name=\"worker\"><classes><class name=\"retry.py\" "
            + "filename=\"worker/retry.py\"><lines><line number=\"1\" hits=\"3\"/><line number=\"2\" hits=\"0\"/>"
            + "<line number=\"3\" hits=\"1\"/><line number=\"4\" hits=\"0\"/></lines></class></classes></package>"
            + "</packages></coverage>";
    static final String LCOV = "TN:\nSF:/home/ci/web/src/format.ts\nDA:1,1\nDA:2,0\nDA:3,4\nLF:3\nLH:2\nend_of_record\n";

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsJacocoWithItsDoctype() throws Exception {
        assertThat(CoverageReportReader.read(bytes(JACOCO))).containsExactly(
                new FileCoverage("com/acme/Orders.java", 15, 20), new FileCoverage("com/acme/Billing.java", 0, 10));
    }

    @Test
    void readsCoberturaAndLcov() throws Exception {
        assertThat(CoverageReportReader.read(bytes(COBERTURA))).containsExactly(new FileCoverage("worker/retry.py", 2, 4));
        assertThat(CoverageReportReader.read(bytes(LCOV))).containsExactly(
                new FileCoverage("/home/ci/web/src/format.ts", 2, 3));
    }

    @Test
    void anExternalEntityIsNeverResolved(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE report [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + "<report><package name=\"&x;\"><sourcefile name=\"A.java\"><counter type=\"LINE\" missed=\"1\" "
                + "covered=\"1\"/></sourcefile></package></report>";
        try {
            assertThat(CoverageReportReader.read(bytes(xxe))).extracting(FileCoverage::path)
                    .noneMatch(p -> p.contains("TOP-SECRET"));
        } catch (java.io.IOException refused) {
            assertThat(refused.getMessage()).doesNotContain("TOP-SECRET");
        }
    }

    @Test
    void anEntityExpansionBombIsRefused() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE report [<!ENTITY a \"aaaaaaaaaa\">");
        for (int i = 1; i < 10; i++) {
            dtd.append("<!ENTITY ").append((char) ('a' + i)).append(" \"")
                    .append(("&" + (char) ('a' + i - 1) + ";").repeat(10)).append("\">");
        }
        String bomb = "<?xml version=\"1.0\"?>" + dtd + "]><report><package name=\"&j;\"/></report>";
        assertThatThrownBy(() -> CoverageReportReader.read(bytes(bomb))).isInstanceOf(java.io.IOException.class);
    }

    @Test
    void aReportTurnsTheEstimateIntoMeasuredCoverage(@TempDir Path repo) throws Exception {
        Path module = Files.createDirectories(repo.resolve("svc/src/main/java/com/acme"));
        Files.writeString(repo.resolve("svc/pom.xml"), "<project><artifactId>svc</artifactId></project>");
        Files.writeString(module.resolve("Orders.java"), "package com.acme;\n/** O. */\npublic class Orders {}\n");
        Files.writeString(module.resolve("Billing.java"), "package com.acme;\n/** B. */\npublic class Billing {}\n");
        Path reports = Files.createDirectories(repo.resolve("svc/target/site/jacoco"));
        Files.writeString(reports.resolve("jacoco.xml"), JACOCO);
        Files.createDirectories(repo.resolve("web/src"));
        Files.writeString(repo.resolve("web/package.json"), "{\"name\": \"web\"}");
        Files.writeString(repo.resolve("web/src/format.ts"), "export const a = 1;\n");
        EngineResult r = new AssessmentEngine(AnalysisCache.NONE, 2).run(repo, RunSettings.of(ProductionStandards.defaults()),
                ProgressListener.NONE, () -> false);
        ComponentAssessment svc = r.components().stream().filter(c -> c.component().id().equals("svc")).findFirst()
                .orElseThrow();
        assertThat(svc.coverageSource()).isEqualTo(CoverageSource.REPORT);
        assertThat(svc.scores().testCoverage()).isEqualTo(50.0); // 15 of 30 lines
        ComponentAssessment web = r.components().stream().filter(c -> c.component().id().equals("web")).findFirst()
                .orElseThrow();
        assertThat(web.coverageSource()).isEqualTo(CoverageSource.ESTIMATED);
    }

    @Test
    void aBrokenReportIsAWarningAndTheEstimateStays(@TempDir Path repo) throws Exception {
        Files.createDirectories(repo.resolve("pkg"));
        Files.writeString(repo.resolve("pkg/__init__.py"), "");
        Files.writeString(repo.resolve("pkg/m.py"), "x = 1\n");
        Files.writeString(repo.resolve("coverage.xml"), "<coverage><packages><package");
        EngineResult r = new AssessmentEngine(AnalysisCache.NONE, 1).run(repo, RunSettings.of(ProductionStandards.defaults()),
                ProgressListener.NONE, () -> false);
        assertThat(r.warnings()).extracting(AssessmentWarning::file).contains("coverage.xml");
        assertThat(r.components()).allMatch(c -> c.coverageSource() == CoverageSource.ESTIMATED);
    }
}
