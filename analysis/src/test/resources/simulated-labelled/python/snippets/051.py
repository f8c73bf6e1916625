class ThermalManager:
    def predict_temperature(
        self,
        current: float,
        power_watts: float,
        ambient: float = 25.0,
        thermal_resistance: float = 0.5
    ) -> float:
        """
        Predict steady-state temperature using thermal model.

        Simple thermal model: T = T_ambient + (P * R_thermal)

        Args:
            current: Current temperature
            power_watts: Power dissipation in watts
            ambient: Ambient temperature
            thermal_resistance: Thermal resistance (C/W)

        Returns:
            Predicted steady-state temperature
        """
        steady_state = ambient + (power_watts * thermal_resistance)
        # Exponential approach to steady state (simplified)
        alpha = 0.1  # Time constant factor
        return current + alpha * (steady_state - current)
