export function ReportsPage({ reports }: { reports: string[] }) {
  return <ul>{reports.map((r) => <li key={r}>{r}</li>)}</ul>;
}

export function Empty() {
  return <p>No reports yet. Run an assessment to see them here.</p>;
}
