// Cells under a data validation rule, drawn and edited as Sheets does: a checkbox that a click or the
// space bar toggles between its two values, and a dropdown that lists the rule's values (typing
// filters them; an entry off the list goes to the server, which warns or rejects as the rule says).
// It is a jspreadsheet-ce custom column type: the columns holding any such cell use it, and its other
// cells are edited as plain text, as with the grid's own editor. Text is only ever set as textContent.
import { isTicked, pickText, toggleText } from '../cell-widgets';
import type { CellWidget } from '../protocol';

// biome-ignore lint/suspicious/noExplicitAny: jspreadsheet-ce's worksheet (loaded by a script tag) is untyped here
type Worksheet = any;
export type WidgetAt = (x: number, y: number) => CellWidget | undefined;
type Checkbox = Extract<CellWidget, { kind: 'checkbox' }>;
type Dropdown = Extract<CellWidget, { kind: 'dropdown' }>;

const asText = (value: unknown) => (value == null ? '' : String(value));

/** The one editor open at a time: its input, the dropdown's list, and the item picked from it. */
let open: { input: HTMLInputElement; list?: HTMLElement; picked?: string } | undefined;

/** Draws a cell: a checkbox when it holds one of its rule's two values (or is blank), else its text. */
function draw(td: HTMLTableCellElement, value: unknown, widget: CellWidget | undefined): void {
  td.classList.remove('widget-dropdown', 'widget-checkbox');
  td.textContent = '';
  const text = asText(value);
  if (widget?.kind === 'checkbox') {
    const ticked = isTicked(widget, text);
    if (ticked !== undefined) {
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.className = 'widget-box';
      box.tabIndex = -1;
      // The attribute as well as the state: the grid restores a cell from its HTML when an edit is
      // cancelled, and clicks are handled on the grid (toggleOnClick), not on this element.
      box.defaultChecked = ticked;
      box.setAttribute('aria-label', text || 'FALSE');
      td.classList.add('widget-checkbox');
      td.append(box);
      return;
    }
  }
  if (widget?.kind === 'dropdown') td.classList.add('widget-dropdown');
  td.textContent = text;
}

function toggle(ws: Worksheet, td: HTMLTableCellElement, widget: Checkbox): void {
  const x = Number(td.dataset.x);
  const y = Number(td.dataset.y);
  const ticked = isTicked(widget, asText(ws.options.data[y]?.[x]));
  if (ticked === undefined) return;
  // An edit like any other: the grid reports it (onafterchanges) and the page sends it to the server.
  ws.setValue(td, toggleText(widget, !ticked));
}

/** The column type for columns holding widgets; widgetAt says which cell has which widget. */
export function widgetColumnType(widgetAt: WidgetAt) {
  return {
    createCell(td: HTMLTableCellElement, value: unknown, x: number, y: number) {
      draw(td, value, widgetAt(x, y));
      return td;
    },
    updateCell(td: HTMLTableCellElement, value: unknown, x: number, y: number) {
      draw(td, value, widgetAt(x, y));
      return value;
    },
    openEditor(
      td: HTMLTableCellElement,
      value: unknown,
      x: number,
      y: number,
      ws: Worksheet,
      _column: unknown,
      event?: Event,
    ) {
      const widget = widgetAt(x, y);
      const key = event instanceof KeyboardEvent ? event.key : undefined;
      if (widget?.kind === 'checkbox' && isTicked(widget, asText(value)) !== undefined) {
        // A checkbox has no editor: the space bar toggles it, a double click does nothing more.
        if (key === undefined || key === ' ') {
          ws.edition = null;
          if (key === ' ') toggle(ws, td, widget);
          return;
        }
      }
      // A printable key starts a new entry, as in Sheets; F2 or a double click edits the text.
      const typing = key !== undefined && key.length === 1 && key !== ' ';
      const rect = td.getBoundingClientRect();
      const input = document.createElement('input');
      input.className = 'cell-input';
      input.style.width = `${rect.width}px`;
      input.style.height = `${rect.height - 2}px`;
      td.classList.add('editor');
      td.textContent = '';
      td.append(input); // first child: the grid blurs it on Enter and Tab, which closes the editor
      input.value = typing ? '' : asText(value);
      open = { input };
      input.onblur = () => ws.closeEditor(td, true);
      input.focus();
      if (widget?.kind === 'dropdown') open.list = openList(td, input, widget, ws);
    },
    closeEditor(_td: HTMLTableCellElement, save: boolean, x: number, y: number, ws: Worksheet) {
      const editor = open;
      open = undefined;
      if (!editor) return undefined;
      editor.list?.remove();
      editor.input.onblur = null;
      if (!save) return undefined;
      if (editor.picked === undefined) return editor.input.value;
      // Picking the value the cell already holds changes nothing.
      const current = ws.options.data[y]?.[x];
      return editor.picked === asText(current) ? current : pickText(editor.picked);
    },
  };
}

/** The dropdown's list under the cell: every value, filtered as the person types; a click picks one. */
function openList(td: HTMLTableCellElement, input: HTMLInputElement, widget: Dropdown, ws: Worksheet) {
  const list = document.createElement('div');
  list.className = 'dropdown-list';
  list.dataset.testid = 'dropdown-list';
  list.setAttribute('role', 'listbox');
  const rect = td.getBoundingClientRect();
  list.style.left = `${rect.left}px`;
  list.style.top = `${rect.bottom}px`;
  list.style.minWidth = `${rect.width}px`;
  const items = widget.options.map((option) => {
    const item = document.createElement('div');
    item.className = 'dropdown-item';
    item.setAttribute('role', 'option');
    item.textContent = option;
    item.addEventListener('mousedown', (event) => {
      // Before the grid's own mousedown handler (on the document), which would end the edit first.
      event.preventDefault();
      event.stopPropagation();
      if (open) open.picked = option;
      ws.closeEditor(td, true);
    });
    return item;
  });
  list.append(...items);
  let active = -1;
  const visible = () => items.filter((item) => !item.hidden);
  const mark = () => {
    for (const item of items) item.classList.toggle('active', item === visible()[active]);
    visible()[active]?.scrollIntoView({ block: 'nearest' });
  };
  input.addEventListener('input', () => {
    const typed = input.value.trim().toLowerCase();
    for (const item of items)
      item.hidden = typed !== '' && !asText(item.textContent).toLowerCase().includes(typed);
    active = -1;
    mark();
  });
  input.addEventListener('keydown', (event) => {
    const shown = visible().length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (shown === 0) return;
      active = (active + (event.key === 'ArrowDown' ? 1 : shown - 1)) % shown;
      mark();
    } else if (event.key === 'Enter' && open && active >= 0) {
      open.picked = asText(visible()[active].textContent);
    }
  });
  document.body.append(list);
  return list;
}

/**
 * A click on a checkbox toggles it; pressing a dropdown's arrow opens its list (on mousedown, as the
 * grid may scroll a partly hidden cell into view before the button is released). Listeners per grid.
 */
export function handleWidgetClicks(host: HTMLElement, worksheet: () => Worksheet, widgetAt: WidgetAt): void {
  const widgetCell = (event: MouseEvent) => {
    const target = event.target as HTMLElement;
    const td = target.closest('td');
    if (!td || td.dataset.x === undefined) return undefined;
    const x = Number(td.dataset.x);
    const y = Number(td.dataset.y);
    const widget = widgetAt(x, y);
    const ws = worksheet();
    return ws && widget ? { target, td, x, y, widget, ws } : undefined;
  };
  host.addEventListener('click', (event) => {
    const hit = widgetCell(event);
    if (hit?.widget.kind === 'checkbox' && hit.target.classList.contains('widget-box')) {
      event.preventDefault(); // the redrawn cell shows the new state
      toggle(hit.ws, hit.td, hit.widget);
    }
  });
  host.addEventListener('mousedown', (event) => {
    const hit = widgetCell(event);
    if (hit?.widget.kind !== 'dropdown' || hit.ws.edition || event.button !== 0) return;
    if (event.offsetX <= hit.td.clientWidth - ARROW_WIDTH || hit.target !== hit.td) return;
    event.preventDefault(); // keeps the focus in the editor's input
    hit.ws.updateSelectionFromCoords(hit.x, hit.y, hit.x, hit.y);
    hit.ws.openEditor(hit.td, false, event);
  });
}

/** Width of the arrow drawn at a dropdown cell's right edge (app.css, td.widget-dropdown). */
const ARROW_WIDTH = 20;

/** Removes an open dropdown list, e.g. when the grid is rebuilt from the server's state. */
export function closeWidgetEditor(): void {
  if (open) open.input.onblur = null;
  open?.list?.remove();
  open = undefined;
}
