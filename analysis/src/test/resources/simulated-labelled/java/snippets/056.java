class UniformRandomBackOffPolicy {
	/**
	 * Pause for the {@link #setMinBackOffPeriod(long)}.
	 * @throws BackOffInterruptedException if interrupted during sleep.
	 */
	protected void doBackOff() throws BackOffInterruptedException {
		try {
			Long min = this.minBackOffPeriod.get();
			Long max = this.maxBackOffPeriod.get();
			long delta = max <= min ? 0 : this.random.nextInt((int) (max - min));
			this.sleeper.sleep(min + delta);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new BackOffInterruptedException("Thread interrupted while sleeping", e);
		}
	}
}
