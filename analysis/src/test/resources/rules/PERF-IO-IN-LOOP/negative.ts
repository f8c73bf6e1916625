export async function load(ids: string[]) {
  return Promise.all(ids.map((id) => fetch(`/api/orders/${id}`, { signal: AbortSignal.timeout(5000) })));
}
