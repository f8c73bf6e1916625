package fixture;

import java.util.HashMap;
import java.util.Map;

class Prices {
    private static final Map<String, Double> CACHE = new HashMap<>();
    private static final Map<String, String> NAMES = new HashMap<>();
    private final Map<String, Double> perInstance = new HashMap<>();

    static {
        NAMES.put("a", "Apple"); // a constant table filled once is bounded
    }

    double price(String sku) {
        perInstance.put(sku, 2.0);
        if (CACHE.size() > 1000) {
            CACHE.clear();
        }
        return CACHE.computeIfAbsent(sku, s -> 1.0);
    }
}
