// The playground page: the workbook in a jspreadsheet-ce grid (its own formula engine off: the server's
// emulator computes), a formula bar, the add-on's menu as its onOpen registered it, toasts, alerts,
// sidebars in sandboxed frames, and errors shown on the page. Sheet text is only ever set as text
// (textContent, or the grid with parseHTML off), never as HTML.

import { MESSAGE, type ResultMessage, type RunMessage } from '../../bridge/protocol';
import type { ActionResult, PlaygroundState, SheetView, UiEvents } from '../protocol';

type State = PlaygroundState;

interface Answer extends Omit<ActionResult, 'ui'> {
  ui?: UiEvents;
  state?: State;
  file?: string;
}

// biome-ignore lint/suspicious/noExplicitAny: jspreadsheet-ce is loaded by a script tag; its types are loose
type Worksheet = any;
declare const jspreadsheet: ((el: HTMLElement, options: object) => Worksheet[]) & {
  destroy(el: HTMLElement, destroyEvents?: boolean): void;
};

const token = document.querySelector<HTMLMetaElement>('meta[name="playground-token"]')?.content ?? '';

function el<K extends keyof HTMLElementTagNameMap>(
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

function columnName(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

// ---- layout ----

const app = document.getElementById('app')!;
app.textContent = '';
const titleText = el('span', { className: 'doc-title', testid: 'title' });
const fileText = el('span', { className: 'doc-file' });
const menuBar = el('nav', { className: 'menubar' });
const triggerButton = el('button', { className: 'plain', testid: 'time-triggers' });
const saveButton = el('button', { className: 'action', text: 'Save', testid: 'save' });
const topBar = el('header', { className: 'topbar' }, [
  el('div', { className: 'titles' }, [titleText, fileText]),
  menuBar,
  el('div', { className: 'spacer' }),
  triggerButton,
  saveButton,
]);
const errorBanner = el('div', { className: 'error-banner', testid: 'error' });
errorBanner.hidden = true;
const cellRef = el('span', { className: 'cell-ref', text: 'A1', testid: 'cell-ref' });
const formulaInput = el('input', { className: 'formula-input', testid: 'formula-bar' });
formulaInput.setAttribute('aria-label', 'Formula bar');
const formulaBar = el('div', { className: 'formula-bar' }, [
  cellRef,
  el('span', { className: 'fx', text: 'fx' }),
  formulaInput,
]);
const gridHost = el('div', { className: 'grid', testid: 'grid' });
const sidebarTitle = el('span', { className: 'sidebar-title', testid: 'sidebar-title' });
const sidebarClose = el('button', { className: 'plain close', text: '×', title: 'Close' });
const sidebarFrame = el('iframe', { className: 'sidebar-frame', testid: 'sidebar-frame' });
const sidebar = el('aside', { className: 'sidebar', testid: 'sidebar' }, [
  el('div', { className: 'sidebar-head' }, [sidebarTitle, sidebarClose]),
  sidebarFrame,
]);
sidebar.hidden = true;
const main = el('div', { className: 'main' }, [gridHost, sidebar]);
const toasts = el('div', { className: 'toasts', testid: 'toasts' });
const modal = el('div', { className: 'modal-backdrop', testid: 'alert' });
modal.hidden = true;
app.append(topBar, errorBanner, formulaBar, main, toasts, modal);

// Sandboxed without allow-same-origin: the page's script runs in an opaque origin, as an HtmlService
// page runs on another origin than the spreadsheet.
for (const frame of [sidebarFrame])
  frame.setAttribute('sandbox', 'allow-scripts allow-forms allow-modals allow-popups');

// ---- errors ----

function showError(message: string): void {
  errorBanner.textContent = '';
  const close = el('button', { className: 'plain close', text: '×', title: 'Dismiss' });
  close.addEventListener('click', () => {
    errorBanner.hidden = true;
  });
  errorBanner.append(el('strong', { text: 'Error: ' }), el('span', { text: message }), close);
  errorBanner.hidden = false;
}

window.addEventListener('error', (event) => showError(event.message || 'Unexpected error on the page.'));
window.addEventListener('unhandledrejection', (event) =>
  showError(String(event.reason?.message ?? event.reason)),
);

// ---- server ----

async function api(path: string, body?: object): Promise<Answer> {
  if (path !== '/api/select') await flushSelection();
  const response = await fetch(path, {
    method: body ? 'POST' : 'GET',
    headers: { 'X-Playground-Token': token, ...(body ? { 'Content-Type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const answer = (await response.json()) as Answer | State;
  if (!response.ok) {
    const message = (answer as Answer).error ?? `HTTP ${response.status}`;
    showError(message);
    return { ok: false, error: message };
  }
  return answer as Answer;
}

/** Shows what a run of the bundle produced, then the new state. */
function apply(answer: Answer): void {
  if (answer.ok === false && answer.error) showError(answer.error);
  if (answer.ui) {
    for (const toast of answer.ui.toasts) showToast(toast);
    for (const alert of answer.ui.alerts) queueAlert(alert);
    const page = answer.ui.sidebars.at(-1) ?? answer.ui.dialogs.at(-1);
    if (page) openSidebar(page.id, page.title);
  }
  if (answer.state) render(answer.state);
}

// ---- toasts and alerts ----

function showToast(toast: { message: string; title?: string }): void {
  const node = el('div', { className: 'toast' }, [
    ...(toast.title ? [el('strong', { text: toast.title })] : []),
    el('span', { text: toast.message }),
  ]);
  toasts.append(node);
  setTimeout(() => node.remove(), 6000);
}

const alertQueue: { title?: string; prompt: string; buttons?: string }[] = [];

function queueAlert(alert: { title?: string; prompt: string; buttons?: string }): void {
  alertQueue.push(alert);
  if (modal.hidden) nextAlert();
}

function nextAlert(): void {
  const alert = alertQueue.shift();
  if (!alert) {
    modal.hidden = true;
    return;
  }
  modal.textContent = '';
  const ok = el('button', { className: 'action', text: 'OK', testid: 'alert-ok' });
  ok.addEventListener('click', nextAlert);
  const note =
    alert.buttons && alert.buttons !== 'OK'
      ? [el('p', { className: 'muted', text: `Buttons ${alert.buttons}: the playground answered OK.` })]
      : [];
  modal.append(
    el('div', { className: 'modal' }, [
      ...(alert.title ? [el('h2', { text: alert.title })] : []),
      el('p', { className: 'prompt', text: alert.prompt, testid: 'alert-text' }),
      ...note,
      el('div', { className: 'buttons' }, [ok]),
    ]),
  );
  modal.hidden = false;
  ok.focus();
}

// ---- sidebar and its google.script.run bridge ----

function openSidebar(id: string, title: string): void {
  sidebarTitle.textContent = title || 'Sidebar';
  sidebarFrame.src = `/pages/${id}`;
  sidebar.hidden = false;
}

sidebarClose.addEventListener('click', () => {
  sidebar.hidden = true;
  sidebarFrame.src = 'about:blank';
});

// The sidebar's google.script.run (bridge/client/over-post-message.ts) asks this page, which alone
// holds the token; only messages from the sidebar's own frame are read.
window.addEventListener('message', async (event) => {
  if (event.source !== sidebarFrame.contentWindow) return;
  const m = event.data as Partial<RunMessage> | { type?: unknown } | null;
  if (m?.type === MESSAGE.close) {
    sidebar.hidden = true;
    sidebarFrame.src = 'about:blank';
    return;
  }
  if (m?.type !== MESSAGE.run || !('functionName' in m) || typeof m.functionName !== 'string') return;
  const id = m.id;
  if (typeof id !== 'number') return;
  const frame = event.source as Window;
  const reply = (answer: Omit<ResultMessage, 'type' | 'id'>) =>
    frame.postMessage({ type: MESSAGE.result, id, ...answer } satisfies ResultMessage, '*');
  let answer: Answer;
  try {
    answer = await api('/api/script-run', { functionName: m.functionName, args: m.args ?? [] });
  } catch {
    // The server is gone: the sidebar's failure handler hears it, as Apps Script's client reports it.
    reply({ ok: false, message: 'NetworkError: connection failure due to HTTP 0' });
    return;
  }
  reply({ ok: answer.ok, value: answer.value, message: answer.error });
  // The call's own failure goes to the page's failure handler, as in Sheets; show the rest.
  apply({ ...answer, ok: true });
});

// ---- menu and buttons ----

function renderMenus(state: State): void {
  menuBar.textContent = '';
  const extensions = el('div', { className: 'menu' });
  const button = el('button', {
    className: 'plain menu-button',
    text: 'Extensions',
    testid: 'menu-extensions',
  });
  const list = el('div', { className: 'menu-list' });
  list.hidden = true;
  for (const menu of state.menus) {
    list.append(el('div', { className: 'menu-title', text: menu.title }));
    for (const item of menu.items) {
      if (item.caption === '---') {
        list.append(el('hr'));
        continue;
      }
      const entry = el('button', {
        className: 'menu-item',
        text: item.caption,
        testid: `menu:${item.caption}`,
      });
      entry.addEventListener('click', async () => {
        list.hidden = true;
        setBusy(true);
        try {
          apply(await api('/api/run', { functionName: item.functionName }));
        } finally {
          setBusy(false);
        }
      });
      list.append(entry);
    }
  }
  button.addEventListener('click', (event) => {
    event.stopPropagation();
    list.hidden = !list.hidden;
  });
  extensions.append(button, list);
  menuBar.append(extensions);
}

// A click anywhere else closes the menu (one listener for the page, not one per render).
document.addEventListener('click', () => {
  for (const list of menuBar.querySelectorAll<HTMLElement>('.menu-list')) list.hidden = true;
});

function setBusy(busy: boolean): void {
  document.body.classList.toggle('busy', busy);
}

triggerButton.addEventListener('click', async () => {
  setBusy(true);
  try {
    apply(await api('/api/time-triggers', {}));
  } finally {
    setBusy(false);
  }
});

saveButton.addEventListener('click', async () => {
  const answer = await api('/api/save', {});
  if (answer.ok) showToast({ message: `Saved ${answer.file}` });
});

// ---- the grid: the active sheet in jspreadsheet, and our own tabs below it, as in Sheets ----

let sheets: SheetView[] = [];
let activeName = '';
let selected = { sheet: '', row: 0, col: 0 };
let building = false;
const scrollBySheet = new Map<string, { top: number; left: number }>();

function showSelection(): void {
  const sheet = sheets.find((s) => s.name === selected.sheet);
  cellRef.textContent = `${columnName(selected.col)}${selected.row + 1}`;
  const key = `${selected.row},${selected.col}`;
  formulaInput.value = sheet ? (sheet.formulas[key] ?? sheet.cells[selected.row]?.[selected.col] ?? '') : '';
}

let selectionTimer: ReturnType<typeof setTimeout> | undefined;
let pendingSelection: object | undefined;

/**
 * The script sees the person's selection (getActiveRange), as in Sheets: sent once it settles, and
 * always before any other call, so a menu item run right after a click sees the new selection.
 */
function tellSelection(sheet: string, x1: number, y1: number, x2: number, y2: number): void {
  const [left, right] = [Math.min(x1, x2), Math.max(x1, x2)];
  const [top, bottom] = [Math.min(y1, y2), Math.max(y1, y2)];
  pendingSelection = {
    sheet,
    row: top + 1,
    col: left + 1,
    numRows: bottom - top + 1,
    numCols: right - left + 1,
  };
  clearTimeout(selectionTimer);
  selectionTimer = setTimeout(() => void flushSelection(), 150);
}

async function flushSelection(): Promise<void> {
  clearTimeout(selectionTimer);
  const body = pendingSelection;
  pendingSelection = undefined;
  if (body) await api('/api/select', body);
}

async function sendEdit(sheet: string, row: number, col: number, values: string[][]): Promise<void> {
  apply(await api('/api/edit', { sheet, row: row + 1, col: col + 1, values }));
}

/** Changes of one edit (a typed cell or a pasted block) as rectangles of typed text. */
function blocks(changes: { x: number | string; y: number | string; value: unknown }[]) {
  const cells = changes.map((c) => ({
    x: Number(c.x),
    y: Number(c.y),
    value: c.value == null ? '' : String(c.value),
  }));
  const xs = cells.map((c) => c.x);
  const ys = cells.map((c) => c.y);
  const left = Math.min(...xs);
  const top = Math.min(...ys);
  const width = Math.max(...xs) - left + 1;
  const height = Math.max(...ys) - top + 1;
  if (width * height === cells.length) {
    const values = Array.from({ length: height }, () => Array<string>(width).fill(''));
    for (const c of cells) values[c.y - top][c.x - left] = c.value;
    return [{ row: top, col: left, values }];
  }
  return cells.map((c) => ({ row: c.y, col: c.x, values: [[c.value]] }));
}

const tabs = el('div', { className: 'tabs', testid: 'tabs' });
app.insertBefore(tabs, toasts);

function renderTabs(): void {
  tabs.textContent = '';
  for (const sheet of sheets) {
    const tab = el('button', {
      className: sheet.name === activeName ? 'tab active' : 'tab',
      text: sheet.name,
      testid: `tab:${sheet.name}`,
    });
    tab.addEventListener('click', () => {
      if (sheet.name === activeName) return;
      rememberScroll();
      activeName = sheet.name;
      selected = { sheet: sheet.name, row: 0, col: 0 };
      renderTabs();
      buildGrid();
      showSelection();
    });
    tabs.append(tab);
  }
}

function render(state: State): void {
  titleText.textContent = state.title;
  fileText.textContent = state.file;
  triggerButton.textContent = `Run time-driven triggers now (${state.timeTriggers})`;
  renderMenus(state);
  sheets = state.sheets;
  if (!sheets.some((s) => s.name === activeName)) activeName = state.activeSheet;
  if (!selected.sheet || !sheets.some((s) => s.name === selected.sheet))
    selected = { sheet: activeName, row: 0, col: 0 };
  rememberScroll();
  renderTabs();
  buildGrid();
  showSelection();
}

function rememberScroll(): void {
  const content = gridHost.querySelector<HTMLElement>('.jss_content');
  if (content && activeName)
    scrollBySheet.set(activeName, { top: content.scrollTop, left: content.scrollLeft });
}

const cellName = (key: string) => {
  const [r, c] = key.split(',').map(Number);
  return `${columnName(c)}${r + 1}`;
};

function buildGrid(): void {
  const sheet = sheets.find((s) => s.name === activeName);
  jspreadsheet.destroy(gridHost as never, true);
  gridHost.textContent = '';
  if (!sheet) return;
  building = true;
  gridHost.dataset.sheet = sheet.name;
  jspreadsheet(gridHost, {
    tabs: false,
    toolbar: false,
    parseFormulas: false,
    onload: (spreadsheet: Worksheet) => {
      // Keep the selection (and so the keyboard) where it was before the grid was rebuilt.
      if (selected.sheet === sheet.name) {
        spreadsheet.worksheets?.[0]?.updateSelectionFromCoords(
          selected.col,
          selected.row,
          selected.col,
          selected.row,
        );
      }
      building = false;
      const content = gridHost.querySelector<HTMLElement>('.jss_content');
      const scroll = scrollBySheet.get(sheet.name);
      if (content && scroll) {
        content.scrollTop = scroll.top;
        content.scrollLeft = scroll.left;
      }
      gridHost.dataset.ready = String(Date.now());
    },
    onselection: (_ws: Worksheet, x1: number, y1: number, x2: number, y2: number) => {
      selected = { sheet: sheet.name, row: Number(y1), col: Number(x1) };
      showSelection();
      if (!building) tellSelection(sheet.name, Number(x1), Number(y1), Number(x2), Number(y2));
    },
    onafterchanges: (_ws: Worksheet, changes: { x: number; y: number; value: unknown }[]) => {
      if (building || changes.length === 0) return;
      void (async () => {
        for (const block of blocks(changes)) await sendEdit(sheet.name, block.row, block.col, block.values);
      })();
    },
    worksheets: [
      {
        worksheetName: sheet.name,
        data: sheet.cells.map((r) => [...r]),
        columns: sheet.widths.map((w) => ({
          width: Math.max(48, Math.min(w, 240)),
          type: 'text',
          align: 'left',
        })),
        style: Object.fromEntries(Object.entries(sheet.styles).map(([k, css]) => [cellName(k), css])),
        comments: Object.fromEntries(Object.entries(sheet.notes).map(([k, note]) => [cellName(k), note])),
        parseHTML: false,
        tableOverflow: true,
        // Rows are drawn as they scroll into view, so a sheet of thousands of rows opens quickly.
        lazyLoading: true,
        tableWidth: '100%',
        tableHeight: '100%',
        allowInsertColumn: false,
        allowDeleteColumn: false,
        allowRenameColumn: false,
        allowInsertRow: false,
        allowDeleteRow: false,
        columnSorting: false,
        columnDrag: false,
        rowDrag: false,
        wordWrap: false,
      },
    ],
  });
}

formulaInput.addEventListener('keydown', async (event) => {
  if (event.key !== 'Enter' || !selected.sheet) return;
  event.preventDefault();
  await sendEdit(selected.sheet, selected.row, selected.col, [[formulaInput.value]]);
});

api('/api/state')
  .then((state) => {
    const loaded = state as unknown as State;
    if (loaded.sheets) render(loaded);
    if (loaded.openError) showError(loaded.openError);
  })
  .catch((error: Error) => showError(`Cannot load the workbook: ${error.message}`));
