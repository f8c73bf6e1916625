class UpdateManager {
  async getReleaseNotes(version: string): Promise<string | null> {
    try {
      const response = await fetch(
        `https://api.github.com/repos/me-saurabhkohli/agentify/releases/tags/v${version}`
      );
      
      if (!response.ok) {
        return null;
      }
      
      const release = await response.json();
      return release.body || null;
    } catch (error) {
      return null;
    }
  }
}
