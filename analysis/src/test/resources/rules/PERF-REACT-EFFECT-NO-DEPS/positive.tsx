import { useEffect, useState } from "react";

export function Orders() {
  const [orders, setOrders] = useState([]);
  useEffect(() => { // expect: PERF-REACT-EFFECT-NO-DEPS
    fetch("/api/orders").then((r) => r.json()).then(setOrders);
  });
  return <ul>{orders.length}</ul>;
}
