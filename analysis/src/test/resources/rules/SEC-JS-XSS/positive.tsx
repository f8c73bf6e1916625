export function Comment({ html }: { html: string }) {
  return <div dangerouslySetInnerHTML={{ __html: html }} />; // expect: SEC-JS-XSS
}

export function render(el: HTMLElement, name: string) {
  el.innerHTML = `<b>${name}</b>`; // expect: SEC-JS-XSS
  document.write("<p>" + name + "</p>"); // expect: SEC-JS-XSS
}

export function greet(req: any, res: any) {
  res.send("<h1>Hello " + req.query.name + "</h1>"); // expect: SEC-JS-XSS
}
