package fixture;

public abstract class Pricing implements Comparable<Pricing> {
    private final int base;

    public Pricing() {
    }

    public abstract int discount();

    public int price(int quantity) {
        return base * quantity - discount();
    }

    private void hook() {
    }

    @Override
    public int compareTo(Pricing other) {
        return Integer.compare(base, other.base);
    }
}
