class DeepAnalysisStrategy {
  async analyze(context: IAnalysisContext): Promise<IAnalysisResult> {
    const startTime = Date.now();

    try {
      // Check if context is suitable
      const suitability = await this.canHandle(context);
      if (suitability < 0.3) {
        return {
          success: false,
          analysis: 'Context not suitable for deep analysis strategy',
          confidence: 0.1,
          executionTime: Date.now() - startTime,
          memoryUsed: 0,
          strategy: this.name,
          warnings: ['Context not suitable for deep analysis'],
        };
      }

      // Simulate analysis
      await new Promise(resolve => setTimeout(resolve, 100));

      return {
        success: true,
        analysis: 'Deep analysis result from Gemini',
        confidence: 0.9,
        executionTime: Date.now() - startTime,
        memoryUsed: 50 * 1024 * 1024, // 50MB
        strategy: this.name,
        metadata: {
          analysisType: 'deep',
          filesAnalyzed: context.files.length,
        },
      };
    } catch (error) {
      return {
        success: false,
        analysis: `Deep analysis failed: ${error instanceof Error ? error.message : 'Unknown error'}`,
        confidence: 0.1,
        executionTime: Date.now() - startTime,
        memoryUsed: 0,
        strategy: this.name,
        warnings: ['Analysis failed due to error'],
      };
    }
  }
}
