/**
 * Checklist ticks, shared by every collaborator: a hidden sheet with one row per partnership ID
 * and one column per checklist item (found by its key in the header), each cell the date and time
 * it was ticked. Keyed by ID, so sorting or moving Pipeline rows cannot lose them; 10,000
 * partnerships × 34 items is 340,000 cells, far inside a spreadsheet's 10 million, where document
 * properties (500 KB in all) would run out at a few thousand partnerships.
 *
 * The sheet is protected with a warning, so an editor who unhides it is asked before changing it.
 * Validate all rows drops the rows of IDs no longer in the Pipeline and rows with no tick left.
 *
 * One tick with the layout known (see layout.ts): one TextFinder search, a read of the row, one
 * write. Without it: a lookup of the sheet, its header, its ID column, the row, one write.
 */
import { CHECKLIST_ITEM_KEYS, type Ticks } from '../core/lifecycle/checklists';
import { isDate } from '../core/values';
import { asCellText } from './cells';
import type { IdCell, IdCells } from './find-id';
import { rememberLayout, type SheetLayout } from './layout';
import { sheetValues } from './sheet-values';
import { markChecklistsInUse } from './state';

export const TICKS_SHEET = 'Checklist ticks';
const ID_HEADER = 'ID';
const PROTECTION_NOTE =
  'Checklist ticks kept by the Producer Partnerships add-on: tick items in Extensions > Producer Partnerships > Open checklists.';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Warning-only protection: anyone who may edit the spreadsheet still may, but Sheets asks first
 * (https://developers.google.com/apps-script/reference/spreadsheet/protection#setWarningOnly(Boolean)).
 */
function protectWithWarning(sheet: Sheet): void {
  sheet.protect().setDescription(PROTECTION_NOTE).setWarningOnly(true);
}

/** Protects a ticks sheet made before the add-on protected it (one lookup when it already is). */
function ensureProtected(sheet: Sheet): void {
  const protection = sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)[0];
  if (!protection?.isWarningOnly()) protectWithWarning(sheet);
}

function ticksSheet(create: boolean): Sheet | null {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = ss.getSheetByName(TICKS_SHEET);
  if (sheet || !create) return sheet;
  const created = ss.insertSheet(TICKS_SHEET);
  const header = [ID_HEADER, ...CHECKLIST_ITEM_KEYS];
  widen(created, header.length);
  created.getRange(1, 1, 1, header.length).setValues([header]);
  created.setFrozenRows(1);
  created.hideSheet();
  protectWithWarning(created);
  markChecklistsInUse();
  return created;
}

/** A new sheet has 26 columns; the header needs one per item. */
function widen(sheet: Sheet, columns: number): void {
  const max = sheet.getMaxColumns();
  if (max < columns) sheet.insertColumnsAfter(max, columns - max);
}

interface Table {
  readonly sheet: Sheet;
  /** Item key (or 'ID') -> 0-based column. */
  readonly columns: Map<string, number>;
  readonly width: number;
}

function columnsOf(header: readonly unknown[]): Map<string, number> {
  const columns = new Map<string, number>();
  header.forEach((cell, i) => {
    const key = String(cell ?? '').trim();
    if (key !== '' && !columns.has(key)) columns.set(key, i);
  });
  return columns;
}

const headerText = (header: readonly unknown[]): string[] => header.map((cell) => String(cell ?? '').trim());

/** The table as the layout remembers it: no read. */
function tableOf(sheet: Sheet, header: readonly string[]): Table {
  return { sheet, columns: columnsOf(header), width: header.length };
}

/** The header, read, and remembered in the layout for the next run (call under the lock to remember). */
function readTable(sheet: Sheet, layout?: SheetLayout): Table {
  const header = sheet.getRange('1:1').getValues()[0];
  if (layout) rememberLayout(layout, { ticks: { sheetId: sheet.getSheetId(), header: headerText(header) } });
  return tableOf(sheet, headerText(header));
}

/** 1-based sheet row of the partnership, or undefined. One read of the ID column. */
function rowOf(table: Table, id: string): number | undefined {
  const idColumn = table.columns.get(ID_HEADER);
  const last = table.sheet.getLastRow();
  if (idColumn === undefined || last < 2) return undefined;
  const ids = table.sheet.getRange(2, idColumn + 1, last - 1, 1).getValues();
  const index = ids.findIndex((row) => String(row[0]).trim() === id);
  return index < 0 ? undefined : index + 2;
}

function ticksFromRow(table: Table, cells: readonly unknown[]): Map<string, string> {
  const ticks = new Map<string, string>();
  for (const [key, column] of table.columns) {
    if (key === ID_HEADER) continue;
    const value = cells[column];
    if (isDate(value)) ticks.set(key, value.toISOString());
    else if (value !== '' && value !== null && value !== undefined && value !== false)
      ticks.set(key, String(value));
  }
  return ticks;
}

/** One row of the sheet, as wide as the table. */
function readRow(table: Table, row: number): unknown[] {
  return table.sheet.getRange(row, 1, 1, table.width).getValues()[0];
}

/**
 * Ticks of one partnership (empty when it has none yet). With the layout and the row found by the
 * TextFinder search (`found`: undefined when the search found none), one read; otherwise the sheet
 * is looked up and searched.
 */
export function readTicks(id: string, known?: { layout: SheetLayout; found: IdCell | undefined }): Ticks {
  const header = known?.layout.ticks?.header;
  if (known && header) {
    if (!known.found) return new Map();
    const table = tableOf(known.found.sheet, header);
    return ticksFromRow(table, readRow(table, known.found.row));
  }
  const sheet = ticksSheet(false);
  if (!sheet) return new Map();
  const table = readTable(sheet);
  const row = rowOf(table, id);
  if (row === undefined) return new Map();
  return ticksFromRow(table, readRow(table, row));
}

/** Every row of the sheet: its ID (trimmed) and ticks, in sheet order. */
interface TickStore {
  readonly table: Table;
  readonly rows: readonly { readonly id: string; readonly cells: unknown[]; readonly ticks: Ticks }[];
}

/**
 * The whole sheet in one read (for Validate all rows): ticks by ID (the first row of an ID wins, as
 * in lookups), and the rows for pruning. Undefined without the sheet. Remembers the layout.
 */
export function readTickStore(layout: SheetLayout): (TickStore & { byId: Map<string, Ticks> }) | undefined {
  const sheet = ticksSheet(false);
  if (!sheet) return undefined;
  const values = sheetValues(sheet);
  const header = headerText(values[0] ?? []);
  rememberLayout(layout, { ticks: { sheetId: sheet.getSheetId(), header } });
  const table = tableOf(sheet, header);
  const idColumn = table.columns.get(ID_HEADER);
  const rows: { id: string; cells: unknown[]; ticks: Ticks }[] = [];
  const byId = new Map<string, Ticks>();
  if (idColumn !== undefined) {
    for (let i = 1; i < values.length; i++) {
      const id = String(values[i][idColumn] ?? '').trim();
      const ticks = ticksFromRow(table, values[i]);
      rows.push({ id, cells: values[i], ticks });
      if (id !== '' && !byId.has(id)) byId.set(id, ticks);
    }
  }
  return { table, rows, byId };
}

/**
 * Drops the rows of IDs not in `keep`, rows with no tick left, blank rows and later duplicates of an
 * ID, in two writes (the kept rows, then the rest cleared); protects the sheet if it is not yet.
 * Call under the document lock. Returns the number of rows kept.
 */
export function pruneTickStore(store: TickStore, keep: ReadonlySet<string>): number {
  const { table, rows } = store;
  const seen = new Set<string>();
  const kept = rows.filter((row) => {
    const wanted = row.id !== '' && keep.has(row.id) && row.ticks.size > 0 && !seen.has(row.id);
    if (wanted) seen.add(row.id);
    return wanted;
  });
  ensureProtected(table.sheet);
  if (kept.length === rows.length) return kept.length;
  const idColumn = table.columns.get(ID_HEADER)!;
  if (kept.length > 0) {
    // Written back as read: dates stay dates; the ID and any text stay text, never a formula or a number.
    const block = kept.map((row) =>
      row.cells.map((cell, c) =>
        c === idColumn ? `'${row.id}` : typeof cell === 'string' ? asCellText(cell) : cell,
      ),
    );
    table.sheet.getRange(2, 1, block.length, table.width).setValues(block);
  }
  table.sheet.getRange(2 + kept.length, 1, rows.length - kept.length, table.width).clearContent();
  return kept.length;
}

/**
 * Ticks of some partnerships (an edited block), by ID. One ID with the layout known: the TextFinder
 * search and one read of its row. Otherwise the header, the ID column, then one read of the rows
 * from the first to the last match. Undefined without the sheet.
 */
export function readTicksOf(
  ids: readonly string[],
  layout: SheetLayout,
  find: (id: string) => IdCells,
): Map<string, Ticks> | undefined {
  const wanted = new Set(ids.filter((id) => id !== ''));
  if (wanted.size === 1 && layout.ticks) {
    const [id] = wanted;
    const found = find(id);
    if (!found.ticksStale) return new Map([[id, readTicks(id, { layout, found: found.ticks })]]);
  }
  const sheet = ticksSheet(false);
  if (!sheet) return undefined;
  const found = new Map<string, Ticks>();
  const table = readTable(sheet, layout);
  const idColumn = table.columns.get(ID_HEADER);
  const last = sheet.getLastRow();
  if (wanted.size === 0 || idColumn === undefined || last < 2) return found;
  const column = sheet.getRange(2, idColumn + 1, last - 1, 1).getValues();
  const matches = column.flatMap((row, i) => (wanted.has(String(row[0]).trim()) ? [i] : []));
  if (matches.length === 0) return found;
  const first = matches[0];
  const span = sheet.getRange(first + 2, 1, matches[matches.length - 1] - first + 1, table.width).getValues();
  for (const i of matches) {
    const id = String(column[i][0]).trim();
    if (!found.has(id)) found.set(id, ticksFromRow(table, span[i - first]));
  }
  return found;
}

export interface TickChange {
  readonly before: Ticks;
  readonly after: Ticks;
}

/** The cell a tick writes: when it was ticked, or blank. Ticking again keeps the first time. */
function changeRow(table: Table, cells: unknown[], column: number, ticked: boolean, now: Date) {
  const before = ticksFromRow(table, cells);
  if (ticked && isDate(cells[column])) return { before, after: before, write: false };
  const next = [...cells];
  next[column] = ticked ? now : '';
  return {
    before,
    after: ticksFromRow(table, next),
    write: next[column] !== cells[column],
    value: next[column],
  };
}

/**
 * Ticks or unticks one item with the layout known (call under the document lock): `found` is the
 * row the TextFinder search found for the ID, or undefined when it found none. Undefined when the
 * layout cannot be used (an item it does not know, a ticks sheet replaced meanwhile): then call
 * writeTick.
 */
export function writeTickAt(
  layout: SheetLayout,
  found: IdCell | undefined,
  id: string,
  itemKey: string,
  ticked: boolean,
  now: Date,
  lookedUp?: Sheet,
): TickChange | undefined {
  const header = layout.ticks?.header;
  if (!header) return undefined;
  const column = header.indexOf(itemKey);
  const idColumn = header.indexOf(ID_HEADER);
  if (column < 0 || idColumn < 0) return undefined;
  if (found) {
    const table = tableOf(found.sheet, header);
    const cells = readRow(table, found.row);
    const change = changeRow(table, cells, column, ticked, now);
    if (change.write) found.sheet.getRange(found.row, column + 1).setValue(change.value);
    return change;
  }
  if (!ticked) return { before: new Map(), after: new Map() };
  const sheet = lookedUp ?? ticksSheet(false);
  if (!sheet || sheet.getSheetId() !== layout.ticks?.sheetId) return undefined;
  const table = tableOf(sheet, header);
  const cells: unknown[] = new Array(table.width).fill('');
  cells[idColumn] = `'${id}`;
  cells[column] = now;
  // The first row after the last one with content, as a person would add it.
  sheet.appendRow(cells);
  return { before: new Map(), after: ticksFromRow(table, cells) };
}

/**
 * Ticks or unticks one item by reading the sheet (call under the document lock), creating the
 * sheet on the first tick and a column for an item added in a later version. Remembers the layout.
 */
export function writeTick(
  layout: SheetLayout,
  id: string,
  itemKey: string,
  ticked: boolean,
  now: Date,
): TickChange {
  const sheet = ticksSheet(true)!;
  let table = readTable(sheet, layout);
  let column = table.columns.get(itemKey);
  if (column === undefined) {
    // An item added in a later version of the add-on: its column goes after the last one.
    column = Math.max(...table.columns.values()) + 1;
    widen(sheet, column + 1);
    sheet.getRange(1, column + 1).setValue(itemKey);
    table = readTable(sheet, layout);
  }
  const row = rowOf(table, id);
  if (row === undefined) {
    if (!ticked) return { before: new Map(), after: new Map() };
    const cells: unknown[] = new Array(table.width).fill('');
    cells[table.columns.get(ID_HEADER)!] = `'${id}`;
    cells[column] = now;
    sheet.appendRow(cells);
    return { before: new Map(), after: ticksFromRow(table, cells) };
  }
  const cells = readRow(table, row);
  const change = changeRow(table, cells, column, ticked, now);
  if (change.write) sheet.getRange(row, column + 1).setValue(change.value);
  return change;
}
