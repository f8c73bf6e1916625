class ReasoningOrchestrator {
  private buildWeightedConsensus(results: AnalysisResult[], weights: Record<string, number>) {
    return { strength: 0.85, minorities: ['minority opinion 1'] }; // Placeholder
  }
}
