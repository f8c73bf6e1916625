class WebSearchToolPlugin:
    async def _perform_image_search(
        self, query: str, num_results: int = 5
    ) -> ToolResult:
        """Perform image search operation.

        Args:
            query: Search query
            num_results: Number of results to return

        Returns:
            Image search results
        """
        try:
            self.logger.debug(
                f"Performing {self.search_engine} image search for: {query}"
            )

            # Simulated image search
            image_results = []
            for i in range(1, num_results + 1):
                image_results.append(
                    {
                        "title": f"Image {i} for {query}",
                        "url": f"https://example.com/images/{i}",
                        "thumbnail_url": f"https://example.com/thumbnails/{i}.jpg",
                        "source_website": f"example{i}.com",
                    }
                )

            return ToolResult(
                success=True,
                data={
                    "results": image_results,
                    "query": query,
                    "total_results": num_results,
                },
                metadata={
                    "search_engine": self.search_engine,
                    "search_type": "image",
                    "provider": "plugin",
                },
            )
        except Exception as e:
            raise ToolError(f"Operation failed: {e}") from e
            self.logger.error(f"Image search error: {e}")
            return ToolResult(
                success=False, data={}, error=f"Image search failed: {e!s}"
            )
