export async function load(ids: string[]) {
  const out = [];
  for (const id of ids) {
    out.push(await fetch(`/api/orders/${id}`, { signal: AbortSignal.timeout(5000) })); // expect: PERF-IO-IN-LOOP
    out.push(await db.query("SELECT 1")); // expect: PERF-IO-IN-LOOP
  }
  return out;
}
