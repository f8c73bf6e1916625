export function Comment({ text }: { text: string }) {
  return <div>{text}</div>;
}

export function Logo() {
  return <span dangerouslySetInnerHTML={{ __html: "<svg></svg>" }} />;
}

export function render(el: HTMLElement, name: string) {
  el.textContent = name;
  el.innerHTML = "";
  el.innerHTML = `<hr/>`;
}

export function greet(req: any, res: any) {
  res.json({ hello: req.query.name });
  res.send("<h1>Hello</h1>");
}
