package dev.uplift.analysis.duplication;

import dev.uplift.model.Finding;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DuplicationTest {

    /** A method of about 150 tokens whose names and literals depend on {@code n}. */
    private static List<String> method(String name, int n) {
        List<String> lines = new ArrayList<>();
        lines.add("    int " + name + "(List<Order> orders, boolean vip) {");
        lines.add("        int total = 0;");
        lines.add("        for (Order order : orders) {");
        lines.add("            if (order.status() == Status.OPEN && order.total() > " + n + ") {");
        lines.add("                total += vip ? order.total() / 2 : order.total();");
        lines.add("            } else if (order.status() == Status.CLOSED) {");
        lines.add("                total -= order.refund(\"reason " + n + "\");");
        lines.add("            }");
        lines.add("            audit.record(order.id(), total, \"checked\");");
        lines.add("            metrics.increment(\"orders.checked\", order.region());");
        lines.add("        }");
        lines.add("        return Math.max(total, limits.minimum(orders.size(), vip));");
        lines.add("    }");
        return lines;
    }

    private static List<String> file(List<String> body) {
        List<String> lines = new ArrayList<>();
        lines.add("package shop;");
        lines.add("import java.util.List;");
        lines.add("class Generated {");
        lines.addAll(body);
        lines.add("}");
        return lines;
    }

    private static Fingerprints prints(List<String> lines) {
        return Winnowing.of(lines, n -> !lines.get(n - 1).isBlank());
    }

    @Test
    void aCopiedMethodIsReportedOnceWhereTheCopyIs() {
        List<String> a = file(method("sum", 100));
        List<String> b = new ArrayList<>(file(List.of("    void other() { System.out.println(1); }")));
        b.addAll(3, method("sumAgain", 7)); // other names and literals: still a copy
        List<Finding> found = Duplication.find(Map.of("shop/A.java", prints(a), "shop/B.java", prints(b)));
        assertThat(found).hasSize(1);
        Finding f = found.get(0);
        assertThat(f.ruleId()).isEqualTo("QUAL-DUPLICATED-BLOCK");
        assertThat(f.file()).isEqualTo("shop/B.java");
        assertThat(f.line()).isBetween(4, 8);
        assertThat(f.message()).contains("repeat shop/A.java:");
    }

    @Test
    void differentCodeAndShortRepeatsAreNotDuplicates() {
        List<String> a = file(method("sum", 1));
        List<String> b = file(List.of("    String name() {", "        int total = 0;", "        return \"b\" + total;",
                "    }", "    boolean empty(List<Order> orders) { return orders.isEmpty(); }"));
        assertThat(Duplication.find(Map.of("shop/A.java", prints(a), "shop/B.java", prints(b)))).isEmpty();
        assertThat(prints(file(List.of("    int x() { return 1; }"))).size()).as("too short to fingerprint").isZero();
    }

    @Test
    void aBlockRepeatedInTheSameFileCountsToo() {
        List<String> body = new ArrayList<>(method("first", 1));
        body.addAll(method("second", 2));
        List<Finding> found = Duplication.find(Map.of("shop/A.java", prints(file(body))));
        assertThat(found).hasSize(1);
        assertThat(found.get(0).line()).isGreaterThan(14);
    }

    @Test
    void importsAndCommentsNeverMakeADuplicate() {
        List<String> imports = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            imports.add("import com.acme.shop.orders.domain.Type" + i + ";");
        }
        assertThat(prints(imports).size()).isZero();
    }

    @Test
    void aHugeStringLiteralWithEscapesIsOneTokenNotAStackOverflow() {
        String literal = "        String s = \"" + "ab\\\"".repeat(200_000) + "\";";
        List<String> lines = new ArrayList<>(file(method("sum", 1)));
        lines.add(4, literal);
        assertThat(prints(lines).size()).isPositive();
    }
}
