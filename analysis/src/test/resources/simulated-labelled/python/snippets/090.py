class APIDocumentationReviewProvider:
    async def _review_examples(self, api_docs: dict[str, Any]) -> list[Finding]:
        """Review the API documentation for issues with examples.
        
        Args:
            api_docs: API documentation to review
            
        Returns:
            list of findings related to examples
        """
        findings = []
        
        # Example implementation (would use LLM in practice)
        if "endpoints" in api_docs:
            for endpoint_path, endpoint_info in api_docs.get("endpoints", {}).items():
                # Check if examples exist
                examples = endpoint_info.get("examples", [])
                if not examples:
                    findings.append(
                        Finding(
                            finding_id=f"EXA-001-{endpoint_path}",
                            title="Missing code examples",
                            description=f"The endpoint {endpoint_path} does not have any code examples.",
                            severity=SeverityLevel.HIGH,
                            location=f"Endpoint: {endpoint_path}",
                            category="examples",
                            recommendation="Add code examples showing how to use this endpoint in common scenarios."
                        )
                    )
        
        return findings
