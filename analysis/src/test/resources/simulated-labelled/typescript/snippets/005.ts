class DebugMCPServer {
  private debugBreakpoint(toolName: string, args: any): void {
    // In a real implementation, this would integrate with the debug adapter
    // For now, we'll just log detailed information
    console.log(`🔍 Debug Breakpoint: ${toolName}`, {
      tool: toolName,
      arguments: args,
      context: this.debugContext,
      stack: new Error().stack
    });

    // Simulate debugger pause
    if (this.isDebugging) {
      console.log('⏸️  Debug: Execution paused. Use debug console to inspect variables.');
    }
  }
}
