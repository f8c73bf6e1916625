import axios from "axios";

export async function me() {
  const res = await fetch("/api/me", { signal: AbortSignal.timeout(5000) });
  const orders = await axios.get("/api/orders", { timeout: 5000 });
  return [res, orders];
}
