export async function cancel(id: number) {
  try {
    await post(id);
  } catch (e) {
    report(e);
    throw e;
  }
}
