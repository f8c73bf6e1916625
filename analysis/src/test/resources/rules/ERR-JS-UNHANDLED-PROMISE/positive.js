export function refresh() {
  fetch("/api/me", { signal: AbortSignal.timeout(5000) }).then((r) => render(r)); // expect: ERR-JS-UNHANDLED-PROMISE
}
