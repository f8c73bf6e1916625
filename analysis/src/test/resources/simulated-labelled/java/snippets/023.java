class DomainService {
    String callThirdPartyService() throws InterruptedException {
        logger.info("log event from the domain service");
        Instant start = Instant.now();

        Thread.sleep(2000); // simulating an expensive operation

        Duration duration = Duration.between(start, Instant.now());

        MDC.put("thirdPartyCallDuration", String.valueOf(duration.getNano()));
        logger.info("call to third party service successful!");
        MDC.remove("thirdPartyCallDuration");

        return "hello";
    }
}
