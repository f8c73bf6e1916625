class AutoDebugger:
    def diagnose(self, trace):
        """Analyzes a trace to find potential issues."""
        print("Diagnosing trace... (placeholder)")
        # In a real implementation, this would look for errors, high latency, etc.
        pass
