class ReasoningOrchestrator {
  private extractConsensusFindings(results: AnalysisResult[]): string[] {
    // Extract common themes from analyses
    return ['Common finding 1', 'Common finding 2']; // Placeholder
  }
}
