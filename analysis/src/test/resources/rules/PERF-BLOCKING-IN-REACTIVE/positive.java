package fixture;

import reactor.core.publisher.Mono;
import java.util.concurrent.CompletableFuture;

class Quotes {
    Mono<String> quote(Mono<String> price) {
        String p = price.block(); // expect: PERF-BLOCKING-IN-REACTIVE
        return Mono.just(p);
    }

    CompletableFuture<String> later() throws Exception {
        Thread.sleep(100); // expect: PERF-BLOCKING-IN-REACTIVE
        return CompletableFuture.completedFuture("x");
    }
}
