class provider:
    async def query(self, query: str, **kwargs: Any) -> dict[str, Any]:
        """Perform a RAG query.

        Args:
            query: Query string
            **kwargs: Additional parameters for the query

        Returns:
            Query results with retrieved content
        """
        if not self.initialized:
            await self.initialize()
            
        # TODO: Implement RAG query logic
        # Example:
        # embeddings = await self._get_embeddings(query)
        # results = await self._search(embeddings)
        # return {"results": results}
        
        # Placeholder
        return {"results": [{"score": 0.95, "content": "This is a placeholder result"}]}
