package fixture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class Loader {
    private static final Logger LOG = LoggerFactory.getLogger(Loader.class);

    String load(Store store) {
        try {
            return store.read();
        } catch (Exception e) {
            LOG.warn("could not read the store", e);
            return "";
        }
    }

    void save(Store store) {
        try {
            store.write();
        } catch (RuntimeException e) {
            store.reset();
            throw e;
        }
    }

    int parse(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return 0; // a specific, expected exception with a sensible default
        }
    }

    interface Store {
        String read() throws Exception;
        void write();
        void reset();
    }
}
