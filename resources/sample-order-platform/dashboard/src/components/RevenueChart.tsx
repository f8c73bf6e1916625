import { Order } from "../api/client";

interface Props {
  orders: Order[];
}

// TODO replace with a real chart once the design is agreed
export function RevenueChart({ orders }: Props) {
  return <div className="chart-placeholder">Revenue chart coming soon</div>;
}

export function revenueByHour(orders: Order[]): number[] {
  return [];
}
