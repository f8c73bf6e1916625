import axios from "axios";

export async function me() {
  const res = await fetch("/api/me"); // expect: ERR-JS-NO-TIMEOUT
  const orders = await axios.get("/api/orders"); // expect: ERR-JS-NO-TIMEOUT
  return [res, orders];
}
