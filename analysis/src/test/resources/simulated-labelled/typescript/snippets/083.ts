class SimulationEngine {
  private randomVariation(variance: number, random: () => number = Math.random): number {
    // Box-Muller transform for normal distribution
    const u1 = random();
    const u2 = random();
    const z = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    
    // Scale to variance (±3 standard deviations = ±variance)
    return (z / 3) * variance;
  }
}
