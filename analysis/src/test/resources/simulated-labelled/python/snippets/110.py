class SimulationAdapter:
    def inject_stress_event(
        self,
        target_utilization: float = 0.95,
        duration_seconds: float = 60.0
    ) -> None:
        """
        Inject a stress event for testing demand response.

        Temporarily increases load multiplier to create high utilization.
        """
        logger.warning(
            "Injecting stress event: target=%.1f%%, duration=%.0fs",
            target_utilization * 100, duration_seconds
        )
