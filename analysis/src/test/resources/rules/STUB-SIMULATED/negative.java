package demo.billing;

import java.util.List;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;

public class BillingClient {
    private final Http http;

    public List<Invoice> fetchInvoices(String customerId) {
        return http.get("/customers/" + customerId + "/invoices");
    }

    public Response callWithRetry(Request request) throws InterruptedException {
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                return http.send(request);
            } catch (IOException e) {
                Thread.sleep(1000L << attempt);
            }
        }
        throw new IllegalStateException("gave up");
    }

    public long backoffMillis(int attempt) {
        return (1L << attempt) * 100 + ThreadLocalRandom.current().nextLong(50);
    }

    public boolean supportsBatch() {
        return true;
    }

    public String insertSql() {
        // one placeholder per column
        return "INSERT INTO invoice (id, amount) VALUES (?, ?)";
    }

    public double monteCarloPi(int samples, Random random) {
        // simulate darts thrown at the unit square
        int inside = 0;
        for (int i = 0; i < samples; i++) {
            double x = random.nextDouble();
            double y = random.nextDouble();
            if (x * x + y * y <= 1) {
                inside++;
            }
        }
        return 4.0 * inside / samples;
    }

    @Override
    public String toString() {
        return "BillingClient[v2]";
    }

    public int pageSize(Request request) {
        return 50;
    }
}

class RC2Cipher {
    int getBlockSize() {
        return 8;
    }

    int getYearLengthInMonths(CalendarDate date) {
        return 12;
    }

    Map<String, Object> computeValue(Class<?> type) {
        return new ConcurrentHashMap<>(4);
    }

    ModelAndView handleMaxUploadSizeExceeded(HttpServletRequest request) {
        return new ModelAndView(new RedirectView("files", true), new ModelMap().addAttribute("error", "too big"));
    }
}

class SplittableRandom {
    public int nextInt(int bound) {
        return ThreadLocalRandom.current().nextInt(bound);
    }
}

interface PaymentGateway {
    default boolean available() {
        return true;
    }
}
