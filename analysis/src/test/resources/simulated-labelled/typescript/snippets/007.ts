class HealthChecker {
  async checkMCPServer(): Promise<HealthCheckResult> {
    try {
      const responseData = await this.makeHttpRequest('http://localhost:8890/health');

      return {
        name: 'MCP Server',
        status: 'pass',
        message: 'MCP server is responding',
        timestamp: new Date().toISOString(),
        details: {
          url: 'http://localhost:8890/health',
          statusCode: responseData.statusCode,
          responseTime: responseData.responseTime,
          version: responseData.data?.version || 'unknown'
        }
      };
    } catch (error) {
      return {
        name: 'MCP Server',
        status: 'fail',
        message: 'MCP server is not responding',
        timestamp: new Date().toISOString(),
        details: {
          error: error instanceof Error ? error.message : String(error),
          url: 'http://localhost:8890/health'
        }
      };
    }
  }
}
