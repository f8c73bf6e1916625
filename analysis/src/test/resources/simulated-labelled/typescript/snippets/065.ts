class MemoryManagementProtocol {
  async persistCheckpoint(checkpoint: MemoryCheckpoint): Promise<void> {
    // TODO: Implement persistence using MCP memory tools
    // This would create entities and relations in the persistent memory graph
    // Example integration:
    // 1. Create entities for each checkpoint entity
    // 2. Create relations between entities
    // 3. Store checkpoint metadata

    this.logger.info('Checkpoint persistence requested', {
      checkpointId: checkpoint.id,
      entityCount: checkpoint.entities.length,
    });

    // For now, log the data that would be persisted
    this.logger.debug('Checkpoint data for persistence', {
      checkpoint,
    });
  }
}
