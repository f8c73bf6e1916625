class PerformanceMonitor {
  recordMetric(metric: PerformanceMetric): void {
    if (!this.config.enabled) {return;}

    // Sample rate check for expensive operations
    if (Math.random() > this.config.sampleRate) {
      return;
    }

    if (!this.metrics.has(metric.name)) {
      this.metrics.set(metric.name, []);
    }

    const metricList = this.metrics.get(metric.name)!;
    metricList.push(metric);

    // Keep only the most recent metrics
    if (metricList.length > this.config.maxMetrics) {
      metricList.shift();
    }

    this.logger.debug('Metric recorded', {
      name: metric.name,
      value: metric.value,
      unit: metric.unit,
    });
  }
}
