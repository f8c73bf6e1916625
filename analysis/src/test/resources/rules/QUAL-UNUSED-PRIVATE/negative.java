package fixture;

import java.io.Serializable;
import java.util.function.Supplier;

class Cache implements Serializable {
    private static final long serialVersionUID = 1L;
    @SuppressWarnings("unused")
    private Object injected;
    private int hits;
    private final Supplier<String> name = this::describe;

    String name() {
        return name.get();
    }

    int hit() {
        return ++hits;
    }

    private String describe() {
        return "cache";
    }

    private Object readResolve() {
        return this;
    }

    private Cache() {
    }
}
