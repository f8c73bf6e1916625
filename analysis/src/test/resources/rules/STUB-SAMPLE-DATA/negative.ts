export async function listOrders(api: Api) {
  const rows = await api.orders();
  return rows.map((r) => ({ id: r.id, customer: r.customer, total: r.total }));
}
