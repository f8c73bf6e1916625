class DASAdapter:
    def establish_baseline(self, duration_seconds: float = 60.0) -> None:
        """
        Establish acoustic baseline for anomaly detection.

        Args:
            duration_seconds: Duration to collect baseline data
        """
        if not self.connected:
            logger.warning("Cannot establish baseline: not connected")
            return

        logger.info("Establishing DAS baseline for %.0f seconds", duration_seconds)

        samples = []
        start_time = time.time()

        while time.time() - start_time < duration_seconds:
            data = self.read_data()
            if data:
                samples.append(data["channel_rms"])
            time.sleep(0.1)

        if samples:
            # Calculate mean and std for each channel
            samples_array = np.array(samples)
            self._baseline_profiles["mean"] = np.mean(samples_array, axis=0)
            self._baseline_profiles["std"] = np.std(samples_array, axis=0)

            logger.info(
                "DAS baseline established: %d channels, mean=%.1f dB",
                len(self._baseline_profiles["mean"]),
                np.mean(self._baseline_profiles["mean"])
            )
