export async function getSystemHealth(): Promise<{
  overall: string;
  nodes: GenericRecord[];
  metrics: GenericRecord;
}> {
  return {
    overall: "healthy",
    nodes: [],
    metrics: {},
  };
}
