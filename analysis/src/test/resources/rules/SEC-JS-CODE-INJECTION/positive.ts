export function calculate(expression: string, body: string) {
  const value = eval(expression); // expect: SEC-JS-CODE-INJECTION
  const fn = new Function("a", body); // expect: SEC-JS-CODE-INJECTION
  return fn(value);
}
