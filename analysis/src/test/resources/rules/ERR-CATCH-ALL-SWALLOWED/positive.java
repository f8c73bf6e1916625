package fixture;

class Loader {
    String load(Store store) {
        try {
            return store.read();
        } catch (Exception e) { // expect: ERR-CATCH-ALL-SWALLOWED
            return "";
        }
    }

    void save(Store store) {
        try {
            store.write();
        } catch (RuntimeException e) { // expect: ERR-CATCH-ALL-SWALLOWED
            store.reset();
        }
    }

    interface Store {
        String read() throws Exception;
        void write();
        void reset();
    }
}
