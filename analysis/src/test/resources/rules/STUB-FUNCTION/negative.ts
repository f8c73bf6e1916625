export function formatMoney(amount: number): string {
  return new Intl.NumberFormat("en-GB", { style: "currency", currency: "EUR" }).format(amount);
}

export const double = (values: number[]) => values.map((v) => v * 2);

class Store {
  private items: string[] = [];

  add(item: string) {
    this.items.push(item);
  }
}
