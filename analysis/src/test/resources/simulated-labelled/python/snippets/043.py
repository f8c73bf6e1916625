class DimensionAgent:
    def _process(self, task: AgentTask) -> Any:
        """Process task based on dimension specialty."""
        # Simulate processing time based on capacity (larger = faster throughput)
        base_time = 0.01  # 10ms base
        process_time = base_time / (1 + math.log(self.capacity))

        time.sleep(process_time)

        # Return dimension-aware result
        return {
            "dimension": self.dimension,
            "name": self.name,
            "silicon": self.silicon,
            "capacity": self.capacity,
            "payload_processed": task.payload,
            "phi_factor": PHI ** (self.dimension / 12),
        }
