export async function calculateCarbonFootprint(resources: unknown[]): Promise<{
  totalCarbon: number;
  carbonByProvider: Record<string, number>;
  recommendations: string[];
}> {
  logger.info({ resourcesCount: resources.length }, "Carbon footprint calculation requested (stubbed)");
  return {
    totalCarbon: 0,
    carbonByProvider: {},
    recommendations: [],
  };
}
