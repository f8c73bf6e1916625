export async function cancel(id: number) {
  try {
    await post(id);
  } catch (e) {} // expect: ERR-EMPTY-CATCH
  post(id).catch(() => {}); // expect: ERR-EMPTY-CATCH
}
