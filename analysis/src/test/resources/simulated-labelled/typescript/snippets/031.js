async function getPowerHistory(sensorId, start, end) {
  // Dummy: liest historische readings, berechnet Kosten
  const readings = await SensorReading.find({
    sensorId,
    type: "power",
    timestamp: { $gte: start, $lte: end },
  }).lean();
  return readings.map((r) => ({
    date: r.timestamp,
    cost: (r.value / 1000) * 0.3,
  }));
}
