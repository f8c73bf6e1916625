class DatasetSampler:
    def sample_lucas(self, tier: SamplingTier,
                     method: StratificationMethod = StratificationMethod.PHI_WEIGHTED) -> SampleResult[T]:
        """
        Sample using Lucas tier size with stratification.

        Args:
            tier: Lucas tier determining sample size
            method: Stratification method to use

        Returns:
            SampleResult with samples and metadata
        """
        target_size = tier.sample_size

        if not self._data:
            return SampleResult(
                tier=tier,
                target_size=target_size,
                actual_size=0,
                samples=[],
                strata_distribution={},
                phi_balance=0.0,
                coverage_ratio=0.0
            )

        # Calculate samples per stratum based on method
        strata_samples = self._calculate_strata_allocation(target_size, method)

        # Collect samples
        samples: List[T] = []
        distribution: Dict[str, int] = {}

        if self._strata:
            for stratum_name, count in strata_samples.items():
                stratum = self._strata[stratum_name]
                # Sample from stratum indices
                available = min(count, len(stratum.indices))
                selected_indices = self._rng.sample(stratum.indices, available)
                for idx in selected_indices:
                    samples.append(self._data[idx])
                distribution[stratum_name] = len(selected_indices)
        else:
            # No strata - uniform random sampling
            available = min(target_size, len(self._data))
            samples = self._rng.sample(self._data, available)
            distribution["uniform"] = len(samples)

        # Calculate PHI balance (how close to golden ratio distribution)
        phi_balance = self._calculate_phi_balance(distribution)

        # Coverage ratio
        coverage = len(samples) / len(self._data) if self._data else 0.0

        return SampleResult(
            tier=tier,
            target_size=target_size,
            actual_size=len(samples),
            samples=samples,
            strata_distribution=distribution,
            phi_balance=phi_balance,
            coverage_ratio=coverage
        )
