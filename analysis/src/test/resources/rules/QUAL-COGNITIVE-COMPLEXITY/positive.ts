export function route(order: Order, user: User, flags: Flags) { // expect: QUAL-COGNITIVE-COMPLEXITY
  for (const item of order.items) {
    if (item.stock) {
      for (const w of item.warehouses) {
        if (w.open && !flags.paused) {
          if (user.vip || flags.express) {
            return w;
          } else if (item.heavy) {
            continue;
          } else {
            break;
          }
        }
      }
    }
  }
  return null;
}
