// Small DOM helpers of the page. Text is only ever set with textContent, never as HTML.

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { className?: string; text?: string; title?: string; testid?: string } = {},
  children: (HTMLElement | string)[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.text !== undefined) node.textContent = props.text;
  if (props.title) node.title = props.title;
  if (props.testid) node.dataset.testid = props.testid;
  for (const child of children) node.append(child);
  return node;
}

/** A, B, ..., Z, AA, ... for a 0-based column index. */
export function columnName(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** 'row,col' (0-based, as the wire format keys cells) -> 'B3'. */
export function cellName(key: string): string {
  const [r, c] = key.split(',').map(Number);
  return `${columnName(c)}${r + 1}`;
}
