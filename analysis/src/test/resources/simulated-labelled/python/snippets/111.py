class WeatherProvider:
    def _get_static_weather(self, location: str) -> dict[str, Any]:
        """Get static weather data.

        Args:
            location: Location string

        Returns:
            Weather data dictionary
        """
        return {
            "location": location,
            "temperature": self.default_temperature,
            "condition": self.default_condition,
            "humidity": 65,
            "wind_speed": 10,
        }
