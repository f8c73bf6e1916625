import { useCallback, useEffect, useState } from "react";
import { listOrders, Order } from "../api/client";

/** Loads orders with the given status and reloads them on demand. */
export function useOrders(status: string) {
  const [orders, setOrders] = useState<Order[]>([]);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(() => {
    setLoading(true);
    listOrders(status)
      .then((result) => {
        setOrders(result);
        setError(null);
      })
      .catch((e: Error) => setError(e.message))
      .finally(() => setLoading(false));
  }, [status]);

  useEffect(() => {
    reload();
  }, [reload]);

  return { orders, loading, error, reload };
}
