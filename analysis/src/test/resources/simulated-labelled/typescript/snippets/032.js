async function getStageDistribution(userId, cycleId) {
  const cycle = await GrowCycle.findOne({ userId, _id: cycleId }).lean();
  if (!cycle) throw new Error("Zyklus nicht gefunden");
  const dist = cycle.entries.reduce((acc, e) => {
    acc[e.stage] = (acc[e.stage] || 0) + 1;
    return acc;
  }, {});
  return Object.entries(dist).map(([stage, count]) => ({ stage, count }));
}
