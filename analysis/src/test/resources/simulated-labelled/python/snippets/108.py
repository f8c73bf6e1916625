class ExternalService:
    def call(
        self, request: Dict[str, Any], rng: Optional[random.Random] = None
    ) -> Dict[str, Any]:
        """Simulate a service call."""
        rng = rng or random.Random()

        # Check reliability
        if rng.random() > self.reliability:
            return {
                "success": False,
                "error": "Service unavailable",
                "latency_ms": self.latency_ms * 2,
            }

        # Simulate response
        return {
            "success": True,
            "data": self._generate_response(request, rng),
            "latency_ms": self.latency_ms * (0.5 + rng.random()),
            "sensitive": self.sensitive_data,
        }
