class NoBackOffPolicy {
	protected void doBackOff() throws BackOffInterruptedException {
	}
}
