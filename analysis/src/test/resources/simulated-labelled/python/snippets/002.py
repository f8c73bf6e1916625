class WeatherProvider:
    def _get_random_weather(self, location: str) -> dict[str, Any]:
        """Get randomized weather data.

        Args:
            location: Location string

        Returns:
            Weather data dictionary
        """
        import random

        return {
            "location": location,
            "temperature": random.randint(0, 35),
            "condition": random.choice(self.conditions),
            "humidity": random.randint(30, 90),
            "wind_speed": random.randint(0, 30),
        }
