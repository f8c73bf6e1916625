export interface Order {
  id: number;
  customerId: string;
  status: "NEW" | "SHIPPED" | "CANCELLED";
  total: number;
  createdAt: string;
}

const BASE_URL = import.meta.env.VITE_API_URL ?? "/api";

export class ApiError extends Error {
  constructor(public readonly status: number, message: string) {
    super(message);
  }
}

export async function listOrders(status: string): Promise<Order[]> {
  const query = status === "ALL" ? "" : `?status=${encodeURIComponent(status)}`;
  const response = await fetch(`${BASE_URL}/orders${query}`, { credentials: "include" });
  if (!response.ok) {
    throw new ApiError(response.status, await response.text());
  }
  const orders = (await response.json()) as Order[];
  console.log("loaded orders", orders.length);
  return orders;
}

export async function cancelOrder(id: number): Promise<void> {
  const response = await fetch(`${BASE_URL}/orders/${id}/cancel`, { method: "POST", credentials: "include" });
  if (!response.ok) {
    throw new ApiError(response.status, await response.text());
  }
}

export function exportOrders(orders: Order[]): string {
  throw new Error("not implemented");
}
