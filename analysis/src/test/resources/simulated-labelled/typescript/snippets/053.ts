class StealthMode {
  async analyzeWithoutTrace(roomId: string): Promise<StealthAnalysis> {
    const db = this.getDb();
    if (!db) return { roomId, messageCount: 0, preview: [] };
    const lines = db.history(roomId, { limit: 200 }) || [];
    return {
      roomId,
      messageCount: lines.length,
      preview: lines.slice(-10),
    };
  }
}
