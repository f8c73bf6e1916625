class ResearchClient:
    async def generate_report(
        self, topic: str, analysis: dict[str, Any], format: str = "markdown"
    ) -> str:
        """Generate a report based on analysis.

        Args:
            topic: Research topic
            analysis: Analysis results
            format: Report format (markdown, html, text)

        Returns:
            Generated report
        """
        logger.info(f"Generating {format} report for: {topic}")

        if not self.llm_client:
            raise ValueError("LLM client not initialized")

        # Format analysis for the prompt
        key_points = "\n".join(
            [f"- {point}" for point in analysis.get("key_points", [])]
        )

        concepts_text = ""
        for concept in analysis.get("concepts", []):
            concepts_text += (
                f"- {concept.get('name', '')}: {concept.get('description', '')}\n"
            )
            concepts_text += f"  Importance: {concept.get('importance', 'medium')}\n\n"

        # Create prompt for report generation
        prompt = f"""
        Generate a comprehensive research report on "{topic}" using the following analysis:
        
        KEY POINTS:
        {key_points}
        
        CONCEPTS:
        {concepts_text}
        
        ASSESSMENT:
        - Sentiment: {analysis.get("sentiment", "neutral")}
        - Complexity: {analysis.get("complexity", "moderate")}
        - Completeness: {analysis.get("completeness", 0.7)}
        - Source Quality: {analysis.get("source_quality", 0.7)}
        
        Create a well-structured report with the following sections:
        1. Introduction/Overview
        2. Key Points
        3. Main Concepts
        4. Analysis
        5. Conclusion
        
        Format the report in {format} format. Write in a professional, analytical style.
        If research appears incomplete, acknowledge limitations and suggest further research areas.
        """

        # Get report from LLM
        report = await self.llm_client.complete(prompt)

        return report
