class SimulationEngine {
  private calculateStatistics(
    scenarios: SimulationResult['scenarios'],
    confidenceLevel: number
  ): SimulationResult['summary'] {
    // Extract ROI and Reach values
    const roiValues = scenarios.map(s => s.projectedROI).sort((a, b) => a - b);
    const reachValues = scenarios.map(s => s.projectedReach).sort((a, b) => a - b);

    // Calculate confidence interval
    const alpha = 1 - confidenceLevel;
    const lowerIndex = Math.floor((alpha / 2) * roiValues.length);
    const upperIndex = Math.floor((1 - alpha / 2) * roiValues.length);

    return {
      // ROI statistics
      meanROI: this.mean(roiValues),
      medianROI: this.median(roiValues),
      minROI: roiValues[0],
      maxROI: roiValues[roiValues.length - 1],
      stdDevROI: this.standardDeviation(roiValues),
      
      // Reach statistics
      meanReach: this.mean(reachValues),
      medianReach: this.median(reachValues),
      minReach: reachValues[0],
      maxReach: reachValues[reachValues.length - 1],
      
      // Confidence interval
      confidenceInterval: {
        lower: roiValues[lowerIndex],
        upper: roiValues[upperIndex],
        level: confidenceLevel,
      },
    };
  }
}
