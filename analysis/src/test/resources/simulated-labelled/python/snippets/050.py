class ThermalManager:
    def simulate_thermal_response(
        self,
        initial_temp: float,
        power_sequence: List[float],
        ambient: float = 25.0
    ) -> List[ThermalState]:
        """
        Simulate thermal response to a power sequence.

        Args:
            initial_temp: Starting temperature
            power_sequence: List of power values over time
            ambient: Ambient temperature

        Returns:
            List of thermal states over time
        """
        states = []
        temp = initial_temp

        for power in power_sequence:
            temp = self.predict_temperature(temp, power, ambient)
            state = self.update(temp)
            states.append(ThermalState(
                temperature=state.temperature,
                zone=state.zone,
                throttle_factor=state.throttle_factor,
                timestamp=time.time()
            ))

        return states
