package fixture;

class Orders {
    record Order(String customer, String sku, int quantity, double price, String currency, String coupon,
                 boolean gift, String note) {
    }

    void place(String customer, String sku, int quantity, double price, String currency, String coupon, boolean gift) {
    }

    void place(Order order) {
    }
}
