class SimulationSensorAdapter:
    def connect(self) -> bool:
        """Initialize simulation."""
        if not self._initialized and self.monitor:
            self._setup_cables()
            self._initialized = True

        self.connected = True
        logger.info(
            "SimulationSensorAdapter connected: %d cables, %d segments each",
            self.num_cables, self.segments_per_cable
        )
        return True
