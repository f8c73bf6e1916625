class ReasoningOrchestrator {
  private calculateProviderWeights(results: AnalysisResult[]): Record<string, number> {
    const weights: Record<string, number> = {};
    results.forEach((r, i) => {
      weights[r.metadata?.provider || `provider_${i}`] = r.confidence;
    });
    return weights;
  }
}
