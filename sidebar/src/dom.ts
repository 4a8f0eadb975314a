/**
 * Building the page from data without ever parsing data as HTML: elements are created and text is
 * set with textContent / text nodes, so a producer named "<img src=x onerror=...>" stays text.
 */
type Child = Node | string | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Readonly<Record<string, string | boolean | undefined>> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}

export function clear(node: Element): void {
  while (node.firstChild) node.removeChild(node.firstChild);
}

/** A status line for the outcome of calls: role="status" so screen readers hear it. */
export function messageLine(): {
  node: HTMLElement;
  show(kind: 'ok' | 'error' | 'info', text: string): void;
} {
  const node = el('p', { class: 'message', role: 'status', 'aria-live': 'polite' });
  return {
    node,
    show(kind, text) {
      node.className = `message ${kind === 'info' ? 'secondary' : kind}`;
      node.textContent = text;
    },
  };
}

/**
 * Runs one call at a time for a set of controls: they are disabled while it is in flight, and a
 * second click (or Enter) meanwhile does nothing, so nothing is ever submitted twice.
 */
export function busyGuard(): <T>(
  controls: readonly (HTMLButtonElement | HTMLInputElement | HTMLSelectElement)[],
  work: () => Promise<T>,
) => Promise<T | undefined> {
  let inFlight = false;
  return async (controls, work) => {
    if (inFlight) return undefined;
    inFlight = true;
    const before = controls.map((c) => c.disabled);
    for (const c of controls) c.disabled = true;
    document.body.setAttribute('aria-busy', 'true');
    try {
      return await work();
    } finally {
      controls.forEach((c, i) => {
        c.disabled = before[i];
      });
      document.body.removeAttribute('aria-busy');
      inFlight = false;
    }
  };
}

/** A partnership picker: "P-0001 · Ana (Onboarding)". */
export function partnershipPicker(
  partnerships: readonly { id: string; producer: string; stage: string }[],
  selected: string | null,
): { group: HTMLElement; select: HTMLSelectElement } {
  const select = el('select', { id: 'partnership' });
  select.append(
    el('option', { value: '' }, partnerships.length ? 'Choose a partnership' : 'No partnerships yet'),
  );
  for (const p of partnerships) {
    const label = `${p.id} · ${p.producer || '(no producer)'}${p.stage ? ` (${p.stage})` : ''}`;
    select.append(el('option', { value: p.id, selected: p.id === selected }, label));
  }
  return {
    group: el('div', { class: 'form-group' }, el('label', { for: 'partnership' }, 'Partnership'), select),
    select,
  };
}
