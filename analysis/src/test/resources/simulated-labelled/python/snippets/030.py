class BenchmarkExposer:
    def get_internal_metrics(self):
        """Retrieves internal performance metrics from monitoring systems."""
        # In a real system, these would query a monitoring tool.
        return {
            "scan_success_rate": 0.95,
            "synthesis_error_rate": 0.05,
            "psi_agent_latency_ms": 3500,
            "reroute_depth_max": 4
        }
