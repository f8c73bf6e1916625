package fixture;

import org.springframework.stereotype.Service;

@Service
class Counter {
    private int count;

    synchronized int next() { // expect: PERF-SYNCHRONIZED-SERVICE
        return ++count;
    }

    int reset() {
        synchronized (this) { // expect: PERF-SYNCHRONIZED-SERVICE
            count = 0;
        }
        return count;
    }
}
