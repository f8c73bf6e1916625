const COLOURS: Record<string, string> = {
  NEW: "#2563eb",
  SHIPPED: "#15803d",
  CANCELLED: "#6b7280",
};

/** A coloured label for an order status. */
export function StatusBadge({ status }: { status: string }) {
  return (
    <span className="badge" style={{ backgroundColor: COLOURS[status] ?? "#111827" }}>
      {status.toLowerCase()}
    </span>
  );
}
