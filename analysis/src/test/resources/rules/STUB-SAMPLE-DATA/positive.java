package fixture;

import java.util.List;

class OrderRepository {
    private static final List<Order> ORDERS = List.of(new Order("A-1", "Alice", 10), // expect: STUB-SAMPLE-DATA
            new Order("A-2", "Bob", 20));
    private final List<Order> mockOrders = List.of(); // expect: STUB-SAMPLE-DATA

    List<Order> recent() {
        return List.of(new Order("A-3", "Carol", 30), new Order("A-4", "Dave", 40)); // expect: STUB-SAMPLE-DATA
    }

    Order fakeOrder() {
        return new Order("A-5", "John Doe", 50); // expect: STUB-SAMPLE-DATA
    }

    record Order(String id, String customer, int total) {
    }
}
