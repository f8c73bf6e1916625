class VectorMemoryStore:
    async def add(self, item: str, metadata: dict[str, Any] | None = None) -> None:
        """Add an item to the vector memory store.

        Args:
            item: String item to add
            metadata: Optional metadata about the item
        """
        # This is a placeholder, actual implementation would:
        # 1. Generate embedding for the item
        # 2. Store item and embedding in vector store
        pass
