class UpdateManager {
  private isVersionBetween(version: string, from: string, to: string): boolean {
    // Simple version comparison (would use semver in production)
    const versionParts = version.split('.').map(Number);
    const fromParts = from.split('.').map(Number);
    const toParts = to.split('.').map(Number);
    
    const versionNum = versionParts[0] * 10000 + versionParts[1] * 100 + versionParts[2];
    const fromNum = fromParts[0] * 10000 + fromParts[1] * 100 + fromParts[2];
    const toNum = toParts[0] * 10000 + toParts[1] * 100 + toParts[2];
    
    return versionNum > fromNum && versionNum <= toNum;
  }
}
