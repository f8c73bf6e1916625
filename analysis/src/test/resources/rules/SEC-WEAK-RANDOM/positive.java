package fixture;

import java.util.Random;

class Tokens {
    String resetToken() {
        return Long.toHexString(new Random().nextLong()); // expect: SEC-WEAK-RANDOM
    }

    void issue(Session s) {
        long sessionId = (long) (Math.random() * Long.MAX_VALUE); // expect: SEC-WEAK-RANDOM
        s.start(sessionId);
    }

    interface Session {
        void start(long id);
    }
}
