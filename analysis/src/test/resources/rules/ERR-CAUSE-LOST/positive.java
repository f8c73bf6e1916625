package fixture;

import java.io.IOException;

class Reader {
    String read(Source s) {
        try {
            return s.read();
        } catch (IOException e) {
            throw new IllegalStateException("read failed: " + e.getMessage()); // expect: ERR-CAUSE-LOST
        }
    }

    interface Source {
        String read() throws IOException;
    }
}
