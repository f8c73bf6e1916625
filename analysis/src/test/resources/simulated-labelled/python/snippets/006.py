class APIGovernanceProvider:
    def _format_report(self, report: GovernanceReport, output_format: str) -> dict[str, Any]:
        """Format the governance report in the specified format.
        
        Args:
            report: Governance report to format
            output_format: Output format (json, html, markdown, pdf)
            
        Returns:
            Formatted report
        """
        if output_format == "json":
            return report.to_dict()
        elif output_format == "markdown":
            # In a real implementation, this would convert to markdown
            # For now, just return JSON with a note
            return {
                "format": "markdown",
                "content": "Markdown formatting would be applied here",
                "raw_data": report.to_dict()
            }
        elif output_format == "html":
            # In a real implementation, this would convert to HTML
            # For now, just return JSON with a note
            return {
                "format": "html",
                "content": "HTML formatting would be applied here",
                "raw_data": report.to_dict()
            }
        elif output_format == "pdf":
            # In a real implementation, this would generate a PDF
            # For now, just return JSON with a note
            return {
                "format": "pdf",
                "content": "PDF would be generated here",
                "raw_data": report.to_dict()
            }
        else:
            # Default to JSON
            return report.to_dict()
