package fixture;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Service;

@Service
class Counter {
    private final AtomicInteger count = new AtomicInteger();

    int next() {
        return count.incrementAndGet();
    }
}

class LocalBuffer {
    private int size;

    synchronized int grow() { // not a service: a plain object may lock
        return ++size;
    }
}
