package fixture;

import java.util.HashMap;
import java.util.Map;

class Prices {
    private static final Map<String, Double> CACHE = new HashMap<>(); // expect: PERF-UNBOUNDED-STATIC-CACHE

    double price(String sku) {
        return CACHE.computeIfAbsent(sku, s -> 1.0);
    }
}
