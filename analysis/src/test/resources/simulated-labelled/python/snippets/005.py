class APIGovernanceProvider:
    async def _assess_performance(self, api_spec: dict[str, Any], performance_rules: dict[str, Any]) -> list[FindingResult]:
        """Assess API specification against performance rules.
        
        Args:
            api_spec: OpenAPI specification
            performance_rules: Performance rules to check
            
        Returns:
            list of performance findings
        """
        # For demo purposes, return empty list (placeholder for future implementation)
        return []
