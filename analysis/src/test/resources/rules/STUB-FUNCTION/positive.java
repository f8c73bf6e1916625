package fixture;

public class Inventory {
    public void release(String sku) { // expect: STUB-FUNCTION
        throw new UnsupportedOperationException("later");
    }

    public int available(String sku) { // expect: STUB-FUNCTION
        // TODO call the warehouse
    }

    public String carrier() { // expect: STUB-FUNCTION
        return null;
    }

    public void audit() { // expect: STUB-FUNCTION
    }
}
