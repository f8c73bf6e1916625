class PricingEngine {
	//@Scheduled(fixedDelayString = "${interval}")
	//@Scheduled(cron = "@hourly")
	@Scheduled(cron = "${interval-in-cron}")
	@SchedulerLock(name = "scheduledTaskName")
	public void computePrice() throws InterruptedException {
		
		Random random = new Random();
		price = random.nextDouble() * 100;
		LOGGER.info("computing price at "+ LocalDateTime.now().toEpochSecond(ZoneOffset.UTC));	
		Thread.sleep(4000);
	}
}
