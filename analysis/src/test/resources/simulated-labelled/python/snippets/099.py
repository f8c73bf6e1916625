class VerifierRole:
    def verify_output(
        self,
        output_id: str,
        content: str,
        task_requirements: List[str],
    ) -> VerificationResult:
        """
        Verify an output against requirements.

        Args:
            output_id: ID of the output
            content: Content to verify
            task_requirements: List of requirements to check

        Returns:
            VerificationResult with approval status and feedback
        """
        issues = []
        suggestions = []

        # Check content length
        if len(content) < 10:
            issues.append("Output is too short")
            suggestions.append("Provide more detailed output")

        # Check for placeholder content
        placeholder_indicators = ["[", "]", "TODO", "FIXME", "placeholder"]
        for indicator in placeholder_indicators:
            if indicator.lower() in content.lower():
                issues.append(f"Contains placeholder content: {indicator}")

        # Check requirements coverage (simplified)
        requirements_met = 0
        for req in task_requirements:
            # Simple keyword matching
            if any(word.lower() in content.lower() for word in req.split()):
                requirements_met += 1

        if task_requirements:
            coverage = requirements_met / len(task_requirements)
        else:
            coverage = 0.5  # Neutral if no explicit requirements

        if coverage < 0.5:
            issues.append("Not all requirements addressed")
            suggestions.append("Review and address all required outputs")

        # Calculate quality score
        quality_score = self._calculate_quality_score(content, issues, coverage)

        # Apply strictness
        adjusted_threshold = self._verifier_config["quality_threshold"] * (
            1 + self._verifier_config["strictness"] * 0.5
        )

        is_approved = quality_score >= adjusted_threshold and len(issues) == 0

        result = VerificationResult(
            output_id=output_id,
            is_approved=is_approved,
            quality_score=quality_score,
            issues=issues,
            suggestions=suggestions,
        )

        self._verification_history.append(result)
        return result
