class RedTeamEvaluator:
    def _run_attack(
        self,
        scenario: AttackScenario,
        orchestrator_factory: Callable[..., Any],
        epochs: int,
    ) -> AttackResult:
        """
        Run a single attack scenario.

        This is a simplified simulation - in production, this would
        integrate with the actual orchestrator.
        """
        result = AttackResult(
            attack_id=scenario.attack_id,
            scenario=scenario,
        )

        # Create orchestrator with governance config
        # orchestrator = orchestrator_factory(self.governance_config)

        # Simulate attack based on scenario parameters
        # This is a placeholder - actual implementation would run
        # the orchestrator with adaptive adversaries

        result.epochs_run = epochs

        # Simulate outcomes based on governance config and attack type
        result = self._simulate_attack_outcome(scenario, result)

        return result
