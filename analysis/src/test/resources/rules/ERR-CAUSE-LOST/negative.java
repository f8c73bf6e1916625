package fixture;

import java.io.IOException;
import java.io.UncheckedIOException;

class Reader {
    String read(Source s) {
        try {
            return s.read();
        } catch (IOException e) {
            throw new UncheckedIOException("read failed", e);
        }
    }

    String again(Source s) {
        try {
            return s.read();
        } catch (IOException e) {
            IllegalStateException wrapped = new IllegalStateException("read failed");
            wrapped.initCause(e);
            throw wrapped;
        }
    }

    interface Source {
        String read() throws IOException;
    }
}
