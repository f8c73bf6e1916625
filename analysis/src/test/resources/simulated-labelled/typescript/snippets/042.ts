class CronEngine {
  static validateCronExpression(expression: string): boolean {
    try {
      // Create job to test validity
      const testJob = schedule.scheduleJob(expression, () => {});

      if (!testJob) {
        return false;
      }

      // CRITICAL: Cancel immediately to prevent memory leak
      testJob.cancel();
      return true;
    } catch {
      return false;
    }
  }
}
