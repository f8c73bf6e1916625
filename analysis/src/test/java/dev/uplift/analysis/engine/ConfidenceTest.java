package dev.uplift.analysis.engine;

import dev.uplift.model.Finding;
import dev.uplift.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static dev.uplift.analysis.engine.EngineFixtures.assess;
import static dev.uplift.analysis.engine.EngineFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

/** A proven finding and one that needs a reviewer's eye are kept apart: severity and confidence say which. */
class ConfidenceTest {

    @Test
    void requestDataReachingASinkIsConfirmedAndAnUntracedSinkIsReview(@TempDir Path repo) throws Exception {
        write(repo, "svc/__init__.py", "");
        write(repo, "svc/app.py", String.join("\n",
                "from flask import request",
                "",
                "def calculate():",
                "    return eval(request.args[\"expression\"])",
                "",
                "def load(path):",
                "    with open(path) as f:",
                "        return eval(f.read())",
                ""));
        List<Finding> code = assess(repo).components().stream().flatMap(c -> c.findings().stream())
                .filter(f -> f.ruleId().equals("SEC-PY-CODE-INJECTION")).toList();
        assertThat(code).extracting(Finding::line, Finding::severity, Finding::confidence).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(4, Severity.CRITICAL, Finding.CONFIRMED),
                org.assertj.core.groups.Tuple.tuple(8, Severity.MAJOR, Finding.REVIEW));
    }

    @Test
    void aParameterConcatenatedIntoSqlIsAReviewPointWithoutARequestInSight(@TempDir Path repo) throws Exception {
        write(repo, "dao/pom.xml", "<project><artifactId>dao</artifactId></project>");
        write(repo, "dao/src/main/java/acme/CustomerDao.java", String.join("\n",
                "package acme;",
                "class CustomerDao {",
                "    java.sql.ResultSet byName(java.sql.Statement st, String name) throws Exception {",
                "        return st.executeQuery(\"SELECT * FROM customers WHERE name = '\" + name + \"'\");",
                "    }",
                "}",
                ""));
        List<Finding> sql = assess(repo).components().stream().flatMap(c -> c.findings().stream())
                .filter(f -> f.ruleId().equals("SEC-SQL-INJECTION")).toList();
        assertThat(sql).extracting(Finding::line, Finding::severity, Finding::confidence)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(4, Severity.MAJOR, Finding.REVIEW));
    }

    @Test
    void aConfirmedFindingCarriesItsDataFlowFromTheRequestToTheSink(@TempDir Path repo) throws Exception {
        write(repo, "svc/__init__.py", "");
        write(repo, "svc/app.py", String.join("\n",
                "from flask import request",
                "",
                "def search(db):",
                "    term = request.args.get(\"q\")",
                "    sql = \"SELECT * FROM items WHERE name = '\" + term + \"'\"",
                "    return db.execute(sql)",
                ""));
        write(repo, "web/package.json", "{\"name\": \"web\", \"private\": true}");
        write(repo, "web/src/ping.js", String.join("\n",
                "const { exec } = require(\"child_process\");",
                "module.exports.ping = (req, res) => {",
                "  const host = req.query.host;",
                "  exec(\"ping -c 1 \" + host, () => res.end());",
                "};",
                ""));
        List<Finding> flows = assess(repo).components().stream().flatMap(c -> c.findings().stream())
                .filter(f -> f.ruleId().equals("SEC-PY-SQL-INJECTION") || f.ruleId().equals("SEC-JS-COMMAND-INJECTION"))
                .toList();
        assertThat(flows).hasSize(2).allSatisfy(f -> assertThat(f.confidence()).isEqualTo(Finding.CONFIRMED));
        Finding sql = flows.stream().filter(f -> f.file().endsWith("app.py")).findFirst().orElseThrow();
        assertThat(sql.trace()).extracting(t -> t.line()).containsExactly(4, 5, 6);
        assertThat(sql.trace().get(0).note()).contains("'term'").contains("request data: request.args");
        assertThat(sql.trace().get(2).file()).isEqualTo("svc/app.py");
        Finding shell = flows.stream().filter(f -> f.file().endsWith("ping.js")).findFirst().orElseThrow();
        assertThat(shell.trace()).extracting(t -> t.line()).containsExactly(3, 4);
    }
}
