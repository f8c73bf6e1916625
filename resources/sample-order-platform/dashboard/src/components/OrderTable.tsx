import { Order, cancelOrder } from "../api/client";
import { formatMoney, formatDate } from "../utils/format";
import { StatusBadge } from "./StatusBadge";

interface Props {
  orders: Order[];
}

/** Orders as a table, newest first, with a cancel action for open orders. */
export function OrderTable({ orders }: Props) {
  if (orders.length === 0) {
    return <p className="empty">No orders yet today.</p>;
  }
  const sorted = [...orders].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <table>
      <thead>
        <tr>
          <th>Order</th>
          <th>Customer</th>
          <th>Status</th>
          <th>Total</th>
          <th>Placed</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {sorted.map((order) => (
          <tr key={order.id}>
            <td>#{order.id}</td>
            <td>{order.customerId}</td>
            <td>
              <StatusBadge status={order.status} />
            </td>
            <td className="numeric">{formatMoney(order.total)}</td>
            <td>{formatDate(order.createdAt)}</td>
            <td>
              {order.status === "NEW" && (
                <button onClick={() => cancelOrder(order.id).catch(() => {})}>Cancel</button>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
