class PersistentMemory:
    async def save(self) -> None:
        """Save messages to storage."""
        # Implementation would depend on storage mechanism
        # This is a placeholder for the actual implementation
        pass
