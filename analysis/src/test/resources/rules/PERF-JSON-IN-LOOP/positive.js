export function copies(items, template) {
  const out = [];
  for (const item of items) {
    const copy = JSON.parse(JSON.stringify(template)); // expect: PERF-JSON-IN-LOOP
    out.push({ ...copy, item });
  }
  return out;
}
