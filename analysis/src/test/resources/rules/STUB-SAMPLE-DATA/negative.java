package fixture;

import java.util.List;
import java.util.Map;

class OrderRepository {
    private static final List<String> STATUSES = List.of("OPEN", "PAID", "SHIPPED");
    private static final Map<String, Integer> LIMITS = Map.of("eu", 10, "us", 20);
    private final Db db;

    OrderRepository(Db db) {
        this.db = db;
    }

    List<Order> recent(int limit) {
        return List.of(db.find(1), db.find(2));
    }

    List<Order> sorted(Order a, Order b) {
        return List.of(a, b);
    }

    Order empty() {
        return new Order("", "", 0);
    }

    private final Object dummyLock = new Object(); // a technique, not data

    boolean unmockable() {
        return true;
    }

    record Order(String id, String customer, int total) {
    }

    interface Db {
        Order find(long id);
    }
}
