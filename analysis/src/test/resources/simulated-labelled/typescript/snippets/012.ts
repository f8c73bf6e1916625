class TelemetryService {
  getUsageStatistics(): UsageStatistics {
    const events = this.getStoredEvents();
    
    return {
      totalEvents: events.length,
      sessionCount: new Set(events.map(e => e.sessionId)).size,
      mostUsedCommands: this.getMostUsedCommands(events),
      errorCount: events.filter(e => e.name === 'error.occurred').length,
      featureUsage: this.getFeatureUsageStats(events),
      timeRange: events.length > 0 ? {
        start: events[0].timestamp,
        end: events[events.length - 1].timestamp
      } : null
    };
  }
}
