export async function executeFailover(nodeId: string): Promise<{
  success: boolean;
  backupNode: GenericRecord | null;
  message: string;
}> {
  logger.info({ nodeId }, "Failover requested (stub)");
  return {
    success: true,
    backupNode: null,
    message: "Failover simulated",
  };
}
