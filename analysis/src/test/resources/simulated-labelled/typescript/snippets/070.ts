export async function verifyIntegrity(data: unknown, expectedHash: string): Promise<{
  isValid: boolean;
  actualHash: string;
  message: string;
}> {
  logger.info({ sample: data, expectedHash }, "Integrity verification requested (stubbed)");
  return {
    isValid: true,
    actualHash: "stub-hash",
    message: "Stubbed verification - always passes",
  };
}
