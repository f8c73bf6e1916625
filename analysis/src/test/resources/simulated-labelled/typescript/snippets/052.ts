class StealthMode {
  async maintainUnreadStatus(_roomId: string): Promise<void> {
    // Intentionally do nothing: we avoid sending Matrix read markers entirely.
    // This method exists to make the policy explicit at call sites.
    void _roomId;
    return;
  }
}
