export function exportOrders(orders: string[]): string { // expect: STUB-FUNCTION
  throw new Error("not implemented");
}

export const revenue = (orders: number[]): number[] => { // expect: STUB-FUNCTION
  return [];
};

function noop() { // expect: STUB-FUNCTION
}
