class FlawDetector:
    def detect_entropy_risks(self):
        """
        Analyzes the report and identifies risks based on predefined thresholds.
        """
        risks = []
        internal = self.report.get("internal", {})
        external = self.report.get("external", {})

        # Example Risk: High reroute depth suggests potential infinite loops.
        if internal.get("reroute_depth_max", 0) > 5:
            risks.append({
                "type": "Infinite Reroute Recursion (T2)",
                "details": f"Max reroute depth is {internal['reroute_depth_max']}."
            })

        # Example Risk: High latency suggests the system is becoming inefficient.
        if internal.get("psi_agent_latency_ms", 0) > 4000:
            risks.append({
                "type": "Benchmark Overhead Collapse (T5)",
                "details": f"Internal latency is {internal['psi_agent_latency_ms']}ms."
            })

        # Example Risk: External intelligence flags a trusted agent.
        known_deceptive_agents = ["Claude-4.5"]
        for agent in known_deceptive_agents:
            if agent in external.get("METR_Horizons", ""):
                 risks.append({
                    "type": "External Alignment Failure",
                    "details": f"Core agent {agent} flagged with alignment concerns.",
                    "agent": agent
                })

        if risks:
            logging.warning(f"Detected {len(risks)} potential entropy risks.")
        return risks
