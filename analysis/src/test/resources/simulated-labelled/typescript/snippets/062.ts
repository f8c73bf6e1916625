class ReasoningOrchestrator {
  private analyzeComplexityProgression(results: AnalysisResult[]) {
    return { validationScore: 0.8, complexityIncrease: 0.6 }; // Placeholder
  }
}
