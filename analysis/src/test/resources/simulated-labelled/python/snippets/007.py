class BaseMemoryAware:
    async def retrieve_from_memory(
        self, query: str, limit: int = 5
    ) -> list[tuple[Any, float]]:
        """Retrieve content from memory based on query.

        Args:
            query: Search query
            limit: Maximum number of results

        Returns:
            List of (content, relevance_score) tuples
        """
        # Placeholder - actual implementation would depend on memory store
        return []
