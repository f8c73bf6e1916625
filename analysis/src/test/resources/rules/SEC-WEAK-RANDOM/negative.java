package fixture;

import java.security.SecureRandom;
import java.util.List;
import java.util.Random;

class Sampling {
    private final SecureRandom secure = new SecureRandom();

    String resetToken() {
        return Long.toHexString(secure.nextLong());
    }

    <T> T pick(List<T> items) {
        Random jitter = new Random();
        return items.get(jitter.nextInt(items.size()));
    }

    long backoffMillis(int attempt) {
        return (long) (Math.random() * 100) << attempt;
    }
}
