package fixture;

import reactor.core.publisher.Mono;
import java.time.Duration;

class Quotes {
    Mono<String> quote(Mono<String> price) {
        return price.map(p -> "quote " + p).delayElement(Duration.ofMillis(100));
    }

    String blocking(Mono<String> price) {
        return price.block(); // a synchronous method may block: its callers expect it
    }
}
