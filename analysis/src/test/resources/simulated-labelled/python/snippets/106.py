class ReplicationAgent:
    def _run_conceptual(self, config: dict) -> dict:
        """Run conceptual replication with new seeds."""
        if not self.simulation_fn:
            return {"metrics": {}, "consistent": False}

        results = []
        for seed in range(5):
            np.random.seed(seed + 1000)
            result = self.simulation_fn(config)
            results.append(result)

        # Aggregate
        aggregated = {}
        for key in results[0]:
            values = [r[key] for r in results]
            aggregated[key] = {
                "mean": np.mean(values),
                "std": np.std(values),
            }

        return {"metrics": aggregated, "consistent": True}
