class DebugMCPServer {
  public getPerformanceMetrics(): any {
    return {
      memoryUsage: process.memoryUsage(),
      uptime: process.uptime(),
      cpuUsage: process.cpuUsage(),
      toolCount: Object.keys(this.debugContext.tools).length,
      resourceCount: Object.keys(this.debugContext.resources).length
    };
  }
}
