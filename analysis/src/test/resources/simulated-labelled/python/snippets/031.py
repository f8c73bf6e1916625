class BenchmarkExposer:
    def log_critical_metrics(self, report):
        """Logs the most important metrics for operator visibility."""
        internal = report['internal']
        external = report['external']
        logging.info(f"Internal Metrics: Scan Success={internal['scan_success_rate']:.2f}, Latency={internal['psi_agent_latency_ms']}ms")
        if external['contamination']:
            logging.warning(f"External Risks: Contamination found in {len(external['contamination'])} benchmarks.")
