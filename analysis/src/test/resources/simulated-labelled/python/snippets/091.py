class APIDocumentationReviewProvider:
    async def _review_completeness(self, api_docs: dict[str, Any]) -> list[Finding]:
        """Review the API documentation for completeness.
        
        Args:
            api_docs: API documentation to review
            
        Returns:
            list of findings related to completeness
        """
        findings = []
        
        # Example implementation (would use LLM in practice)
        if "endpoints" in api_docs:
            for endpoint_path, endpoint_info in api_docs.get("endpoints", {}).items():
                # Check if all parameters are documented
                params = endpoint_info.get("parameters", [])
                for param in params:
                    if not param.get("description"):
                        findings.append(
                            Finding(
                                finding_id=f"COM-001-{endpoint_path}-{param.get('name')}",
                                title="Missing parameter description",
                                description=f"Parameter '{param.get('name')}' for endpoint {endpoint_path} lacks a description.",
                                severity=SeverityLevel.HIGH,
                                location=f"Endpoint: {endpoint_path}, Parameter: {param.get('name')}",
                                category="completeness",
                                recommendation=f"Add a clear description for the '{param.get('name')}' parameter."
                            )
                        )
        
        return findings
