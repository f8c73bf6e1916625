import { useState } from "react";
import { OrderTable } from "./components/OrderTable";
import { RevenueChart } from "./components/RevenueChart";
import { useOrders } from "./hooks/useOrders";

/** The operations dashboard: today's orders and revenue. */
export function App() {
  const [status, setStatus] = useState<string>("ALL");
  const { orders, loading, error, reload } = useOrders(status);

  return (
    <main className="dashboard">
      <header>
        <h1>Orders</h1>
        <select value={status} onChange={(e) => setStatus(e.target.value)}>
          <option value="ALL">All</option>
          <option value="NEW">New</option>
          <option value="SHIPPED">Shipped</option>
          <option value="CANCELLED">Cancelled</option>
        </select>
        <button onClick={reload}>Refresh</button>
      </header>
      {error && <p className="error">Could not load orders: {error}</p>}
      {loading ? <p>Loading…</p> : <OrderTable orders={orders} />}
      <RevenueChart orders={orders} />
    </main>
  );
}
