export function listOrders() {
  return [ // expect: STUB-SAMPLE-DATA
    { id: "A-1", customer: "Alice", total: 10.5 },
    { id: "A-2", customer: "Bob", total: -3 },
  ];
}
