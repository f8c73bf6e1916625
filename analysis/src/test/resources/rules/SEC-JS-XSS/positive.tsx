export function Comment({ html }: { html: string }) {
  return <div dangerouslySetInnerHTML={{ __html: html }} />; // expect: SEC-JS-XSS
}

export function render(el: HTMLElement, name: string) {
  el.innerHTML = `<b>${name}</b>`; // expect: SEC-JS-XSS
  document.write("<p>" + name + "</p>"); // expect: SEC-JS-XSS
}
