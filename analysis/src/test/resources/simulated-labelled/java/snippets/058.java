class RetrySimulator {
	/**
	 * Execute the simulator for a give # of iterations.
	 * @param numSimulations Number of simulations to run
	 * @return the outcome of all simulations
	 */
	public RetrySimulation executeSimulation(int numSimulations) {
		RetrySimulation simulation = new RetrySimulation();

		for (int i = 0; i < numSimulations; i++) {
			simulation.addSequence(executeSingleSimulation());
		}
		return simulation;
	}
}
