class CodeGenerator {
  private async generateTests(analysis: any, config: GenerationConfig): Promise<Record<string, string>> {
    const extension = config.format === 'typescript' ? 'ts' : 'js';
    return {
      [`tests/server.test.${extension}`]: '// Generated test file'
    };
  }
}
