class DASAdapter:
    def read_data(self) -> Dict[str, Any]:
        """
        Read acoustic data from DAS.

        Returns dictionary with:
        - channel_data: Acoustic amplitude per channel
        - timestamps: Sample timestamps
        - metadata: Interrogator status
        """
        if not self.connected:
            return {}

        # Simulate DAS data
        num_channels = 1000  # 1000 sensing points
        num_samples = int(self.sampling_rate_hz * 0.1)  # 100ms of data

        data = {
            "channels": num_channels,
            "samples_per_channel": num_samples,
            "sampling_rate_hz": self.sampling_rate_hz,
            "spatial_resolution_m": self.spatial_resolution_m,
            "timestamp": datetime.utcnow().isoformat(),
            "channel_rms": [
                50.0 + random.gauss(0, 5)  # dB, baseline ~50
                for _ in range(num_channels)
            ],
            "peak_amplitude": [
                55.0 + random.gauss(0, 10)
                for _ in range(num_channels)
            ],
            "dominant_frequency_hz": [
                random.choice([10, 50, 100, 500, 1000])
                for _ in range(num_channels)
            ],
        }

        return data
