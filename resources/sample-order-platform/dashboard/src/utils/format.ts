const money = new Intl.NumberFormat("en-GB", { style: "currency", currency: "EUR" });
const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short" });

/** Formats an amount in euros, e.g. "€1,234.50". */
export function formatMoney(amount: number): string {
  return money.format(amount);
}

/** Formats an ISO timestamp for the table, e.g. "1 May 2024, 10:00". */
export function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? "—" : dateTime.format(date);
}
