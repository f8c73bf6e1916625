package fixture;

class Orders {
    Orders(String a, String b, String c, String d, String e, String f, String g, String h) { // expect: QUAL-MANY-PARAMETERS
    }

    void place(String customer, String sku, int quantity, double price, String currency, // expect: QUAL-MANY-PARAMETERS
               String coupon, boolean gift, String note) {
    }

    interface Gateway {
        void charge(String a, String b, String c, String d, String e, String f, String g, String h); // expect: QUAL-MANY-PARAMETERS
    }
}
