// The grid: the active sheet in jspreadsheet-ce (its own formula engine off: the server's emulator
// computes), our own sheet tabs below it as in Sheets, the formula bar, and the person's selection.
// Cells under a data validation rule are dropdowns and checkboxes (widget-editor.ts). Sheet text is
// only ever set as text (parseHTML off, textContent), never as HTML.
import type { PlaygroundState, SheetView } from '../protocol';
import { valuesAsTsv } from './clipboard';
import { cellName, columnName, el } from './dom';
import { tellSelection } from './transport';
import { closeWidgetEditor, handleWidgetClicks, widgetColumnType } from './widget-editor';

// biome-ignore lint/suspicious/noExplicitAny: jspreadsheet-ce is loaded by a script tag; its types are loose
type Worksheet = any;
declare const jspreadsheet: ((el: HTMLElement, options: object) => Worksheet[]) & {
  destroy(el: HTMLElement, destroyEvents?: boolean): void;
};

/** Sends one typed block (0-based top-left cell) to the server. */
export type SendEdit = (sheet: string, row: number, col: number, values: string[][]) => Promise<void>;

const cellRef = el('span', { className: 'cell-ref', text: 'A1', testid: 'cell-ref' });
const formulaInput = el('input', { className: 'formula-input', testid: 'formula-bar' });
formulaInput.setAttribute('aria-label', 'Formula bar');
export const formulaBar = el('div', { className: 'formula-bar' }, [
  cellRef,
  el('span', { className: 'fx', text: 'fx' }),
  formulaInput,
]);
export const gridHost = el('div', { className: 'grid', testid: 'grid' });
export const tabs = el('div', { className: 'tabs', testid: 'tabs' });

let sheets: SheetView[] = [];
let activeName = '';
let selected = { sheet: '', row: 0, col: 0 };
let building = false;
let worksheet: Worksheet;
let sendEdit: SendEdit = async () => {};
const scrollBySheet = new Map<string, { top: number; left: number }>();

const activeSheet = () => sheets.find((s) => s.name === activeName);

/** The widget of a cell of the sheet on screen (0-based), if its rule draws one. */
function widgetAt(x: number, y: number) {
  const sheet = activeSheet();
  const index = sheet?.widgetCells[`${y},${x}`];
  return index === undefined ? undefined : sheet?.widgets[index];
}

export function startGrid(send: SendEdit): void {
  sendEdit = send;
  handleWidgetClicks(gridHost, () => worksheet, widgetAt);
  formulaInput.addEventListener('keydown', async (event) => {
    if (event.key !== 'Enter' || !selected.sheet) return;
    event.preventDefault();
    await sendEdit(selected.sheet, selected.row, selected.col, [[formulaInput.value]]);
  });
}

/** Shows the server's state of the workbook, keeping the sheet, selection and scroll on screen. */
export function renderSheets(state: PlaygroundState): void {
  sheets = state.sheets;
  if (!sheets.some((s) => s.name === activeName)) activeName = state.activeSheet;
  if (!selected.sheet || !sheets.some((s) => s.name === selected.sheet))
    selected = { sheet: activeName, row: 0, col: 0 };
  rememberScroll();
  renderTabs();
  buildGrid();
  showSelection();
}

function showSelection(): void {
  const sheet = sheets.find((s) => s.name === selected.sheet);
  cellRef.textContent = `${columnName(selected.col)}${selected.row + 1}`;
  const key = `${selected.row},${selected.col}`;
  formulaInput.value = sheet ? (sheet.formulas[key] ?? sheet.cells[selected.row]?.[selected.col] ?? '') : '';
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

function rememberScroll(): void {
  const content = gridHost.querySelector<HTMLElement>('.jss_content');
  if (content && activeName)
    scrollBySheet.set(activeName, { top: content.scrollTop, left: content.scrollLeft });
}

/** Grids built so far. */
let builds = 0;

function buildGrid(): void {
  const sheet = activeSheet();
  closeWidgetEditor();
  jspreadsheet.destroy(gridHost as never, true);
  gridHost.textContent = '';
  worksheet = undefined;
  if (!sheet) return;
  building = true;
  gridHost.dataset.sheet = sheet.name;
  // Columns holding a dropdown or checkbox use the widget type; the rest the grid's plain text.
  const widgetColumns = new Set(Object.keys(sheet.widgetCells).map((key) => Number(key.split(',')[1])));
  const widgetType = widgetColumnType(widgetAt);
  [worksheet] = jspreadsheet(gridHost, {
    tabs: false,
    toolbar: false,
    parseFormulas: false,
    parseHTML: false,
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
      // A count, not a time: two builds within one millisecond still differ (tests wait for a change).
      gridHost.dataset.ready = String(++builds);
    },
    onselection: (_ws: Worksheet, x1: number, y1: number, x2: number, y2: number) => {
      selected = { sheet: sheet.name, row: Number(y1), col: Number(x1) };
      showSelection();
      if (!building) tellSelection(sheet.name, Number(x1), Number(y1), Number(x2), Number(y2));
    },
    // Copy the values of the selected cells, not their HTML (see clipboard.ts).
    oncopy: (ws: Worksheet) => valuesAsTsv(ws.getData(true, false)),
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
        columns: sheet.widths.map((w, c) => ({
          width: Math.max(48, Math.min(w, 240)),
          type: widgetColumns.has(c) ? widgetType : 'text',
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
