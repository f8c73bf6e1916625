class CodeGenerator {
  private async generateToolFromEndpoint(endpoint: any, config: GenerationConfig): Promise<string> {
    // This would generate a specific tool based on the endpoint
    // For now, return a template
    return `// Tool for ${endpoint.method} ${endpoint.path}
// Generated automatically
`;
  }
}
