export async function hashData(data: unknown): Promise<{
  hash: string;
  algorithm: string;
  timestamp: Date;
}> {
  logger.info({ sample: data }, "Data hash requested (stubbed)");
  return {
    hash: `stub-hash-${Date.now()}`,
    algorithm: "SHA-256",
    timestamp: new Date(),
  };
}
