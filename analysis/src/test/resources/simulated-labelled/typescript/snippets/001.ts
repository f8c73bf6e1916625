class HealthChecker {
  private async checkCLITools(): Promise<HealthCheckResult> {
    // This would need to be implemented based on actual CLI availability
    // For now, return a placeholder result
    return {
      name: 'CLI Tools',
      status: 'pass',
      message: 'CLI tools check not implemented yet',
      timestamp: new Date().toISOString()
    };
  }
}
