class provider:
    async def add(self, documents: list[dict[str, Any]], **kwargs: Any) -> dict[str, Any]:
        """Add documents to the RAG store.

        Args:
            documents: list of documents to add
            **kwargs: Additional parameters for adding documents

        Returns:
            Result of the operation
        """
        if not self.initialized:
            await self.initialize()
            
        # TODO: Implement document addition logic
        # Example:
        # embeddings = await self._get_embeddings_batch([doc["content"] for doc in documents])
        # ids = await self._add_to_store(documents, embeddings)
        # return {"ids": ids}
        
        # Placeholder
        return {"ids": ["doc1", "doc2", "doc3"]}
