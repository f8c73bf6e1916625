import { useEffect, useState } from "react";

export function Orders({ region }: { region: string }) {
  const [orders, setOrders] = useState([]);
  useEffect(() => {
    fetch(`/api/orders?region=${region}`).then((r) => r.json()).then(setOrders);
  }, [region]);
  return <ul>{orders.length}</ul>;
}
