class BrokerService {
    public BigDecimal getSecurityPrice(@NonNull String symbol) {
        log.info("getSecurityPrice: {}", symbol);
        // Just a mock value
        return BigDecimal.valueOf(100.0 + rnd.nextDouble()*100.0);
    }
}
