export function route(order: Order, warehouses: Warehouse[]) {
  if (!order.items.length) {
    return null;
  }
  return warehouses.find((w) => w.open) ?? null;
}
