package fixture;

class Cache {
    private final int size = 10;
    private String stale; // expect: QUAL-UNUSED-PRIVATE

    int size() {
        return size;
    }

    private void rebuild() { // expect: QUAL-UNUSED-PRIVATE
    }
}
