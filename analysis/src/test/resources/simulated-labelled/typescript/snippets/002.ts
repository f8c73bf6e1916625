class LLMOrchestrator {
  private initializeOpenAI(): void {
    try {
      const apiKey = this.configManager.get('openaiApiKey', '');
      if (!apiKey) {
        this.logger.debug('OpenAI API key not configured, AI features disabled');
        return;
      }

      // Note: In a real implementation, you would import and initialize the OpenAI client
      // For now, this is a placeholder
      this.openaiClient = {
        apiKey,
        // Mock client for development
        chat: {
          completions: {
            create: async (params: any) => {
              // Mock response - in real implementation, this would call OpenAI
              return {
                choices: [{
                  message: {
                    content: this.getMockResponse(params.messages)
                  }
                }]
              };
            }
          }
        }
      };

      this.logger.info('OpenAI client initialized successfully');
    } catch (error) {
      this.logger.error('Failed to initialize OpenAI client', error);
      this.openaiClient = null;
    }
  }
}
