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
