export function refresh() {
  fetch("/api/me", { signal: AbortSignal.timeout(5000) })
    .then((r) => render(r))
    .catch((e) => showError(e));
  load().then(render, showError);
  return load().then(render);
}
