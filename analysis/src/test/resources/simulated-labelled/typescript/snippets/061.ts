class ReasoningOrchestrator {
  private calculateConsistency(results: AnalysisResult[]): number {
    return 0.8; // Placeholder
  }
}
