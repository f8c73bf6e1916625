package dev.uplift.analysis.coverage;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class TestReachTest {
    private static final TestReach.Production HASHER = new TestReach.Production("auth/PasswordHasher.java",
            Map.of("PasswordHasher", 3, "hash", 8, "matches", 10, "derive", 9, "b64", 2, "rotate", 12),
            Map.of("hash", Set.of("derive", "b64"), "matches", Set.of("derive")));

    @Test
    void aFunctionATestNamesIsReachedAndSoAreTheHelpersItCalls() {
        Set<String> test = Set.of("PasswordHasherTest", "PasswordHasher", "hasher", "hash", "assertTrue");
        TestReach.Reach reach = TestReach.of(List.of(HASHER), List.of(test)).get(HASHER.path());
        assertThat(reach.referenced()).isTrue();
        assertThat(reach.functionLines()).isEqualTo(44);
        assertThat(reach.reachedLines()).as("constructor, hash, derive, b64; not matches or rotate").isEqualTo(3 + 8 + 9 + 2);
    }

    @Test
    void aFunctionNameInATestThatNeverRefersToTheFileReachesNothing() {
        Set<String> test = Set.of("TokenServiceTest", "TokenService", "hash", "matches");
        TestReach.Reach reach = TestReach.of(List.of(HASHER), List.of(test)).get(HASHER.path());
        assertThat(reach.referenced()).isFalse();
        assertThat(reach.reachedLines()).isZero();
    }

    @Test
    void pythonModulesAndPackageInitsAreReferredToByTheirImportPath() {
        TestReach.Production handlers = new TestReach.Production("worker/order_worker/handlers.py",
                Map.of("handle_order", 20, "handle_refund", 15), Map.of());
        TestReach.Production init = new TestReach.Production("worker/order_worker/__init__.py",
                Map.of("configure", 5), Map.of());
        Set<String> test = Set.of("from", "order_worker", "handlers", "import", "handle_order", "configure");
        Map<String, TestReach.Reach> reach = TestReach.of(List.of(handlers, init), List.of(test));
        assertThat(reach.get(handlers.path()).reachedLines()).isEqualTo(20);
        assertThat(reach.get(init.path()).reachedLines()).isEqualTo(5);
    }

    @Test
    void aPrivateModuleIsReachedThroughItsPackage() {
        TestReach.Production client = new TestReach.Production("httpx/_client.py",
                Map.of("__init__", 12, "get", 6, "send", 30, "_send_single", 40, "close", 4),
                Map.of("get", Set.of("send"), "send", Set.of("_send_single")));
        Set<String> test = Set.of("import", "httpx", "Client", "get", "assert", "status_code");
        TestReach.Reach reach = TestReach.of(List.of(client), List.of(test)).get(client.path());
        assertThat(reach.referenced()).isTrue();
        assertThat(reach.reachedLines()).as("get and what it calls; not close, nor the constructor by naming alone")
                .isEqualTo(6 + 30 + 40);
        Set<String> unrelated = Set.of("import", "requests", "get");
        assertThat(TestReach.of(List.of(client), List.of(unrelated)).get(client.path()).reachedLines()).isZero();
    }

    @Test
    void aStemIsTheFileNameOrTheFolderOfAnIndexFile() {
        assertThat(TestReach.stem("web/src/api/orderApi.ts")).isEqualTo("orderApi");
        assertThat(TestReach.stem("web/src/api/index.ts")).isEqualTo("api");
        assertThat(TestReach.stem("Main.java")).isEqualTo("Main");
    }
}
