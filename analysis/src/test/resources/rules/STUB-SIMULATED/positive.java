package demo.billing;

import java.util.List;
import java.util.Random;

public class BillingService {
    private static final Logger log = LoggerFactory.getLogger(BillingService.class);
    private final Random random = new Random();

    public List<Invoice> fetchInvoices(String customerId) // expect: STUB-SIMULATED
    {
        return List.of(new Invoice("INV-1", 100.0), new Invoice("INV-2", 250.0));
    }

    public double fraudScore(Transaction tx) // expect: STUB-SIMULATED
    {
        return 0.1 + random.nextDouble() * 0.3;
    }

    public void recordPayment(Payment payment) // expect: STUB-SIMULATED
    {
        // In production this would persist to the ledger
        log.info("Payment recorded {}", payment.getId());
    }

    public Report generateReport(Period period) throws InterruptedException // expect: STUB-SIMULATED
    {
        Thread.sleep(500); // simulate processing
        return new Report("Q3", 42);
    }

    public boolean isCompliant(Customer customer) // expect: STUB-SIMULATED
    {
        return true; // placeholder until the compliance API is ready
    }

    public String syncLedger(Ledger ledger) // expect: STUB-SIMULATED
    {
        try {
            ledger.push();
        } catch (LedgerException e) {
            return "success";
        }
        return "success";
    }

    public List<Order> findOrders(String customerId) // expect: STUB-SIMULATED
    {
        return MOCK_ORDERS;
    }

    private List<Long> getActiveUserCount() // expect: STUB-SIMULATED
    {
        // mock reading from the database, return a fixed value
        List<Long> result = new ArrayList<Long>();
        result.add(12L);
        return result;
    }

    private String invokeBackend() // expect: STUB-SIMULATED
    {
        long sleepMs = ThreadLocalRandom.current().nextInt(0, 100);
        try {
            Thread.sleep(sleepMs);
        } catch (InterruptedException e) {
            throw new RuntimeException(e);
        }
        return "backend response";
    }
}
