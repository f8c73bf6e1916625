package dev.uplift.analysis.engine;

import dev.uplift.model.ComponentAssessment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static dev.uplift.analysis.engine.EngineFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

/** Relative imports and tsconfig path aliases tie components together, as package names do. */
class ImportDependenciesTest {

    private static Map<String, ComponentAssessment> assess(Path repo) throws Exception {
        return EngineFixtures.byId(EngineFixtures.assess(repo));
    }

    @Test
    void aliasesAndRelativePathsLeadIntoOtherComponents(@TempDir Path repo) throws Exception {
        write(repo, "packages/web/package.json", "{\"name\": \"web\"}");
        write(repo, "packages/web/tsconfig.json", String.join("\n",
                "{",
                "  // comments and trailing commas are allowed in tsconfig",
                "  \"compilerOptions\": {",
                "    \"baseUrl\": \".\",",
                "    \"paths\": { \"@shared/*\": [\"../shared/src/*\"], },",
                "  },",
                "}"));
        write(repo, "packages/web/src/app.ts", String.join("\n",
                "import { money } from \"@shared/money\";",
                "import { client } from \"../../api/src/client\";",
                "export const total = money(client());", ""));
        write(repo, "packages/shared/package.json", "{\"name\": \"shared-lib\"}");
        write(repo, "packages/shared/src/money.ts", "export const money = (n: number) => n;\n");
        write(repo, "packages/api/package.json", "{\"name\": \"api\"}");
        write(repo, "packages/api/src/client.ts", "export const client = () => 1;\n");
        write(repo, "packages/lonely/package.json", "{\"name\": \"lonely\"}");
        write(repo, "packages/lonely/src/x.ts", "import { y } from \"@shared/money\";\nexport const x = y;\n");

        Map<String, ComponentAssessment> c = assess(repo);
        assertThat(c.get("packages/web").component().dependsOn())
                .containsExactlyInAnyOrder("packages/shared", "packages/api");
        assertThat(c.get("packages/lonely").component().dependsOn())
                .as("the alias belongs to web's tsconfig, not to lonely's").isEmpty();
    }

    @Test
    void pythonRelativeImportsLeadIntoSiblingComponents(@TempDir Path repo) throws Exception {
        write(repo, "billing/pyproject.toml", "[project]\nname = \"billing\"\n");
        write(repo, "billing/billing/__init__.py", "def charge():\n    return 1\n");
        write(repo, "orders/pyproject.toml", "[project]\nname = \"orders\"\n");
        write(repo, "orders/orders/__init__.py", "");
        write(repo, "orders/orders/api.py", "from ...billing.billing import charge\nfrom . import models\n");
        Map<String, ComponentAssessment> c = assess(repo);
        assertThat(c.get("orders").component().dependsOn()).containsExactly("billing");
    }
}
