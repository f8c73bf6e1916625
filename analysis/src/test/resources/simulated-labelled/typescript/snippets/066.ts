class ReasoningOrchestrator {
  private calculateCollaborativeConfidence(results: AnalysisResult[]): number {
    return results.reduce((sum, r) => sum + r.confidence, 0) / results.length;
  }
}
