class InMemoryStore:
    async def get(self, query: str, limit: int = 5) -> list[tuple[T, float]]:
        """Get items from the in-memory store.

        This implementation performs a simple string match on string items.
        For other types, it returns all items with a score of 1.0.

        Args:
            query: Query string
            limit: Maximum number of results

        Returns:
            List of (item, score) tuples, sorted by relevance
        """
        results = []

        for item, _ in self.items:
            # For string items, do a simple contains match
            if isinstance(item, str):
                if query.lower() in item.lower():
                    # Simple relevance based on number of query terms present
                    score = sum(
                        term.lower() in item.lower() for term in query.split()
                    ) / len(query.split())
                    results.append((item, score))
            else:
                # For non-string items, just return them with a score of 1.0
                results.append((item, 1.0))

        # Sort by score descending and limit results
        results.sort(key=lambda x: x[1], reverse=True)
        return results[:limit]
