class ReasoningOrchestrator {
  private identifyDisagreements(results: AnalysisResult[]): string[] {
    // Identify conflicting conclusions
    return ['Disagreement 1', 'Disagreement 2']; // Placeholder
  }
}
