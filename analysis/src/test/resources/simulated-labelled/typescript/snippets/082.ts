class SimulationEngine {
  simulate(input: SimulationInput): SimulationResult {
    const iterations = input.iterations || 1000;
    const confidenceLevel = input.confidenceLevel || 0.95;
    const variance = input.variance || {
      roiVariance: 0.15, // ±15% variance
      costVariance: 0.10, // ±10% variance
      reachVariance: 0.20, // ±20% variance
    };

    const scenarios: SimulationResult['scenarios'] = [];

    // Run Monte Carlo iterations
    for (let i = 0; i < iterations; i++) {
      // Create variation of the budget plan
      const variedPlan = this.createVariation(input.plan, variance, i);
      
      // Calculate allocation for this scenario
      const allocation = this.allocationEngine.calculate(variedPlan);
      
      // Project outcomes with variation
      const projectedReach = allocation.estimates.totalReach * (1 + this.randomVariation(variance.reachVariance));
      const projectedROI = allocation.estimates.expectedROI * (1 + this.randomVariation(variance.roiVariance));
      const projectedCost = allocation.totalAllocated * (1 + this.randomVariation(variance.costVariance));

      scenarios.push({
        iteration: i + 1,
        allocation,
        projectedReach,
        projectedROI,
        projectedCost,
      });
    }

    // Calculate statistical summary
    const summary = this.calculateStatistics(scenarios, confidenceLevel);
    
    // Generate recommendations
    const recommendations = this.generateRecommendations(scenarios, summary);

    return {
      scenarios,
      summary,
      recommendations,
    };
  }
}
