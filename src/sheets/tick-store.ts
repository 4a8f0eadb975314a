/**
 * Checklist ticks, shared by every collaborator: a hidden sheet with one row per partnership ID
 * and one column per checklist item (found by its key in the header), each cell the date and time
 * it was ticked. Keyed by ID, so sorting or moving Pipeline rows cannot lose them; 10,000
 * partnerships × 34 items is 340,000 cells, far inside a spreadsheet's 10 million, where document
 * properties (500 KB in all) would run out at a few thousand partnerships.
 * One tick: a lookup of the sheet, one read of the header, one of the ID column, one write.
 */
import { CHECKLIST_ITEM_KEYS, type Ticks } from '../core/lifecycle/checklists';
import { isDate } from '../core/values';
import { markChecklistsInUse } from './state';

export const TICKS_SHEET = 'Checklist ticks';
const ID_HEADER = 'ID';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

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

function readTable(sheet: Sheet): Table {
  const header = sheet.getRange('1:1').getValues()[0];
  return { sheet, columns: columnsOf(header), width: header.length };
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

/** Ticks of one partnership (empty when it has none yet). */
export function readTicks(id: string): Ticks {
  const sheet = ticksSheet(false);
  if (!sheet) return new Map();
  const table = readTable(sheet);
  const row = rowOf(table, id);
  if (row === undefined) return new Map();
  return ticksFromRow(table, sheet.getRange(row, 1, 1, table.width).getValues()[0]);
}

/** Ticks of every partnership, by ID: one read of the whole sheet (for Validate all rows). Undefined without the sheet. */
export function readAllTicks(): Map<string, Ticks> | undefined {
  const all = new Map<string, Ticks>();
  const sheet = ticksSheet(false);
  if (!sheet) return undefined;
  const values = sheet.getDataRange().getValues();
  const table: Table = { sheet, columns: columnsOf(values[0] ?? []), width: (values[0] ?? []).length };
  const idColumn = table.columns.get(ID_HEADER);
  if (idColumn === undefined) return all;
  for (const row of values.slice(1)) {
    const id = String(row[idColumn] ?? '').trim();
    if (id !== '') all.set(id, ticksFromRow(table, row));
  }
  return all;
}

/**
 * Ticks of some partnerships (an edited block), by ID: the header, the ID column, then one read of
 * the rows from the first to the last match, so a one-row edit reads one row. Undefined without the sheet.
 */
export function readTicksOf(ids: readonly string[]): Map<string, Ticks> | undefined {
  const sheet = ticksSheet(false);
  if (!sheet) return undefined;
  const found = new Map<string, Ticks>();
  const wanted = new Set(ids.filter((id) => id !== ''));
  const table = readTable(sheet);
  const idColumn = table.columns.get(ID_HEADER);
  const last = sheet.getLastRow();
  if (wanted.size === 0 || idColumn === undefined || last < 2) return found;
  const column = sheet.getRange(2, idColumn + 1, last - 1, 1).getValues();
  const matches = column.flatMap((row, i) => (wanted.has(String(row[0]).trim()) ? [i] : []));
  if (matches.length === 0) return found;
  const first = matches[0];
  const span = sheet.getRange(first + 2, 1, matches[matches.length - 1] - first + 1, table.width).getValues();
  for (const i of matches) found.set(String(column[i][0]).trim(), ticksFromRow(table, span[i - first]));
  return found;
}

/**
 * Ticks or unticks one item (call under the document lock). A ticked cell holds when it was
 * ticked; ticking again keeps the first time. Returns the partnership's ticks after the change.
 */
export function writeTick(id: string, itemKey: string, ticked: boolean, now: Date): Ticks {
  const sheet = ticksSheet(true)!;
  let table = readTable(sheet);
  let column = table.columns.get(itemKey);
  if (column === undefined) {
    // An item added in a later version of the add-on: its column goes after the last one.
    column = Math.max(...table.columns.values()) + 1;
    widen(sheet, column + 1);
    sheet.getRange(1, column + 1).setValue(itemKey);
    table = {
      ...table,
      columns: new Map(table.columns).set(itemKey, column),
      width: Math.max(table.width, column + 1),
    };
  }
  let row = rowOf(table, id);
  if (row === undefined) {
    if (!ticked) return new Map();
    row = Math.max(1, sheet.getLastRow()) + 1;
    const cells: unknown[] = new Array(table.width).fill('');
    cells[table.columns.get(ID_HEADER)!] = `'${id}`;
    cells[column] = now;
    sheet.getRange(row, 1, 1, table.width).setValues([cells]);
    return ticksFromRow(table, cells);
  }
  const range = sheet.getRange(row, 1, 1, table.width);
  const cells = range.getValues()[0];
  if (ticked && isDate(cells[column])) return ticksFromRow(table, cells);
  cells[column] = ticked ? now : '';
  sheet.getRange(row, column + 1).setValue(cells[column]);
  return ticksFromRow(table, cells);
}
