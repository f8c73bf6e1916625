export function load(orders: string[]) {
  console.log("loaded", orders.length); // expect: ERR-PRINT-LOGGING
}
