export function calculate(expression: string) {
  const value = JSON.parse(expression);
  const add = new Function("a", "b", "return a + b");
  return add(value, 1);
}
