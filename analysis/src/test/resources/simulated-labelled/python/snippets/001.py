class WebSearchToolPlugin:
    async def _perform_search(
        self, query: str, num_results: int = 5, language: str = "en"
    ) -> ToolResult:
        """Perform web search operation.

        Args:
            query: Search query
            num_results: Number of results to return
            language: Language for search results

        Returns:
            Search results
        """
        try:
            self.logger.debug(
                f"Performing {self.search_engine} web search for: {query} (limit: {num_results}, language: {language})"
            )

            # This is a simulated search for demonstration purposes
            # In a real implementation, you would make an API call to the search engine

            search_results = []
            for i in range(1, num_results + 1):
                search_results.append(
                    {
                        "title": f"Advanced Result {i} for {query} ({language})",
                        "url": f"https://example.com/result/{i}?lang={language}",
                        "snippet": f"This is an advanced plugin result #{i} for the query: {query}",
                    }
                )

            return ToolResult(
                success=True,
                data={
                    "results": search_results,
                    "query": query,
                    "total_results": num_results,
                    "language": language,
                },
                metadata={
                    "search_engine": self.search_engine,
                    "safe_search": self.safe_search,
                    "provider": "plugin",
                },
            )
        except Exception as e:
            raise ToolError(f"Operation failed: {e}") from e
            self.logger.error(f"Search error: {e}")
            return ToolResult(success=False, data={}, error=f"Search failed: {e!s}")
