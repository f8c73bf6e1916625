package dev.uplift.analysis.rules.java;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import net.sourceforge.pmd.PMDConfiguration;
import net.sourceforge.pmd.PmdAnalysis;
import net.sourceforge.pmd.lang.java.JavaLanguageModule;
import net.sourceforge.pmd.reporting.Report;
import net.sourceforge.pmd.reporting.RuleViolation;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Our cyclomatic and cognitive complexity against PMD's on real methods: Uplift's own sources and the
 * sample's Java, or the folder in {@code -Duplift.metrics.corpus=DIR} (e.g. the JDK's java.base). Reports
 * the share of methods where the two agree exactly and within one; figures in docs/benchmarks.md.
 */
class MetricAgreementTest {
    private static final Pattern MESSAGE = Pattern.compile(
            "The (?:method|constructor) '([^'(]+)[^']*' has a (cyclomatic|cognitive) complexity of (\\d+)");

    private record Key(String file, int line, String name) {
    }

    @Test
    void ourComplexityAgreesWithPmdOnRealMethods() throws Exception {
        List<Path> roots = corpus();
        Map<Key, int[]> ours = ours(roots); // {cyclomatic, cognitive}
        Map<Key, int[]> pmd = pmd(roots);
        int methods = 0, cycloExact = 0, cycloNear = 0, cognitiveExact = 0, cognitiveNear = 0;
        List<String> differences = new ArrayList<>();
        for (Map.Entry<Key, int[]> e : ours.entrySet()) {
            int[] reference = pmd.get(e.getKey());
            if (reference == null) {
                continue; // PMD did not see this method as one (e.g. a compact record constructor)
            }
            methods++;
            int[] mine = e.getValue();
            int cognitiveReference = Math.max(0, reference[1]); // not reported: 0
            cycloExact += mine[0] == reference[0] ? 1 : 0;
            cycloNear += Math.abs(mine[0] - reference[0]) <= 1 ? 1 : 0;
            cognitiveExact += mine[1] == cognitiveReference ? 1 : 0;
            cognitiveNear += Math.abs(mine[1] - cognitiveReference) <= 1 ? 1 : 0;
            if (differences.size() < 15 && (mine[0] != reference[0] || mine[1] != cognitiveReference)) {
                differences.add(e.getKey() + " ours " + mine[0] + "/" + mine[1] + " pmd " + reference[0] + "/"
                        + cognitiveReference);
            }
        }
        System.out.printf(Locale.ROOT, "metric agreement with PMD on %d methods (of %d): cyclomatic exact %.3f, within "
                        + "one %.3f; cognitive exact %.3f, within one %.3f%nfirst differences: %s%n", methods,
                ours.size(), (double) cycloExact / methods, (double) cycloNear / methods,
                (double) cognitiveExact / methods, (double) cognitiveNear / methods, differences);
        assertThat(methods).as("methods compared").isGreaterThan(300);
        assertThat((double) cycloExact / methods).as("cyclomatic, exact").isGreaterThanOrEqualTo(0.95);
        assertThat((double) cognitiveExact / methods).as("cognitive, exact").isGreaterThanOrEqualTo(0.95);
    }

    private static List<Path> corpus() {
        String custom = System.getProperty("uplift.metrics.corpus");
        if (custom != null && !custom.isBlank()) {
            return List.of(Path.of(custom));
        }
        return Stream.of("../model/src/main/java", "../analysis/src/main/java", "../app/src/main/java",
                "../views/src/main/java", "../resources/sample-order-platform").map(Path::of).filter(Files::isDirectory)
                .toList();
    }

    private static Map<Key, int[]> ours(List<Path> roots) throws Exception {
        JavaParser parser = new JavaParser(new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17));
        Map<Key, int[]> out = new HashMap<>();
        for (Path file : javaFiles(roots)) {
            CompilationUnit unit = parser.parse(Files.readString(file, StandardCharsets.UTF_8)).getResult().orElse(null);
            if (unit == null) {
                continue;
            }
            for (CallableDeclaration<?> c : unit.findAll(CallableDeclaration.class)) {
                if (c instanceof MethodDeclaration m && m.getBody().isEmpty()) {
                    continue;
                }
                int line = c.getBegin().map(p -> p.line).orElse(0);
                out.put(new Key(file.toAbsolutePath().normalize().toString(), line, c.getNameAsString()),
                        new int[] {JavaComplexity.cyclomatic(c), JavaComplexity.cognitive(c)});
            }
        }
        return out;
    }

    private static Map<Key, int[]> pmd(List<Path> roots) throws Exception {
        PMDConfiguration config = new PMDConfiguration();
        config.setDefaultLanguageVersion(JavaLanguageModule.getInstance().getVersion("17"));
        config.addRuleSet(Path.of(Objects.requireNonNull(MetricAgreementTest.class.getResource("/pmd/metrics.xml"))
                .toURI()).toString());
        config.setIgnoreIncrementalAnalysis(true);
        for (Path root : roots) {
            config.addInputPath(root);
        }
        Map<Key, int[]> out = new HashMap<>();
        try (PmdAnalysis analysis = PmdAnalysis.create(config)) {
            Report report = analysis.performAnalysisAndCollectReport();
            for (RuleViolation v : report.getViolations()) {
                Matcher m = MESSAGE.matcher(v.getDescription());
                if (!m.find()) {
                    continue;
                }
                Key key = new Key(Path.of(v.getFileId().getAbsolutePath()).normalize().toString(), v.getBeginLine(),
                        m.group(1));
                int[] values = out.computeIfAbsent(key, k -> new int[] {-1, -1});
                values[m.group(2).equals("cyclomatic") ? 0 : 1] = Integer.parseInt(m.group(3));
            }
        }
        out.values().removeIf(v -> v[0] < 0); // every method has a cyclomatic complexity; keep only those
        return out;
    }

    private static List<Path> javaFiles(List<Path> roots) throws Exception {
        List<Path> files = new ArrayList<>();
        for (Path root : roots) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(p -> p.toString().endsWith(".java")).forEach(files::add);
            }
        }
        return files;
    }
}
