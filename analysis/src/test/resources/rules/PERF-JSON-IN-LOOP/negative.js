export function parseAll(lines) {
  const out = [];
  for (const line of lines) {
    out.push(JSON.parse(line));
  }
  return out;
}
