/**
 * The Payouts sheet on the Sheets side: one read of its data range, and the plan's cells written in
 * blocks (rows with the same columns to write, next to each other, make one setValues per run of
 * adjacent add-on columns). Only the add-on's own columns are written, found by header, so
 * people's extra columns, and any column they moved, keep their content.
 */

import { formatYearMonth } from '../core/months';
import type { RowValues } from '../core/payout/payouts-sheet';
import {
  MONEY_FIELDS,
  mapPayoutColumns,
  missingPayoutColumns,
  PAYOUT_FIELDS,
  PAYOUT_STATUSES,
  PAYOUTS_COLUMNS,
  PAYOUTS_SHEET,
  type PayoutColumnMap,
  type PayoutField,
  type PayoutRecord,
  payoutRecords,
} from '../core/payout/payouts-sheet';
import { isDate } from '../core/values';
import { asCellText } from './cells';
import { sheetValues } from './sheet-values';
import { dateToYearMonth } from './time-zone';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const MONEY_FORMAT = '#,##0.00';
/** Text columns: written behind an apostrophe, so "0042", "1/2" or "=x" stay exactly as they read. */
const TEXT_FIELDS: ReadonlySet<PayoutField> = new Set([
  'id',
  'producer',
  'clawbackFor',
  'clawedBackLater',
  'notes',
]);

function cellValue(field: PayoutField, value: unknown): unknown {
  if (TEXT_FIELDS.has(field) && typeof value === 'string' && value !== '') return `'${value}`;
  return asCellText(value ?? '');
}
const FORMATS: Partial<Record<PayoutField, string>> = { month: '@' };
for (const field of MONEY_FIELDS) FORMATS[field] = MONEY_FORMAT;

export interface PayoutsSnapshot {
  readonly sheet: Sheet | null;
  readonly columns: PayoutColumnMap;
  readonly records: PayoutRecord[];
  /** The first row below all content. */
  readonly firstFreeRow: number;
  /** Set when the sheet holds rows but lacks some of the add-on's columns: nothing may be written. */
  readonly problem?: string;
}

/** A Month cell someone re-typed is a date in Sheets: read it as yyyy-mm in the spreadsheet's zone. */
function monthText(value: unknown, timeZone: string): unknown {
  return isDate(value) ? formatYearMonth(dateToYearMonth(value, timeZone)) : value;
}

export function readPayouts(ss: Spreadsheet, timeZone: string): PayoutsSnapshot {
  const sheet = ss.getSheetByName(PAYOUTS_SHEET);
  if (!sheet) return { sheet: null, columns: {}, records: [], firstFreeRow: 2 };
  const values = sheetValues(sheet);
  const columns = mapPayoutColumns(values[0] ?? []);
  const month = columns.month;
  if (month !== undefined) for (const row of values) row[month] = monthText(row[month], timeZone);
  const records = payoutRecords(values, columns);
  const missing = missingPayoutColumns(columns);
  const hasData =
    values.length > 1 || (values.length === 1 && columns.id === undefined && values[0].some((v) => v !== ''));
  const problem =
    missing.length && hasData
      ? `The Payouts sheet has no ${missing.map((f) => `"${PAYOUTS_COLUMNS[f]}"`).join(', ')} ${missing.length === 1 ? 'column' : 'columns'}. Nothing was written: put ${missing.length === 1 ? 'it' : 'them'} back (Undo, or type the header), or rename the sheet to start a new one.`
      : undefined;
  return { sheet, columns, records, firstFreeRow: Math.max(2, values.length + 1), problem };
}

/** The sheet with every add-on header: a new sheet, or missing headers added after the last column. */
export function ensurePayoutsSheet(
  ss: Spreadsheet,
  snapshot: PayoutsSnapshot,
): { sheet: Sheet; columns: PayoutColumnMap } {
  const sheet = snapshot.sheet ?? ss.insertSheet(PAYOUTS_SHEET);
  const columns: PayoutColumnMap = { ...snapshot.columns };
  const missing = missingPayoutColumns(columns);
  if (missing.length === 0) return { sheet, columns };
  const first = snapshot.sheet ? Math.max(sheet.getLastColumn(), 0) + 1 : 1;
  const columnsNeeded = first - 1 + missing.length - sheet.getMaxColumns();
  if (columnsNeeded > 0) sheet.insertColumnsAfter(sheet.getMaxColumns(), columnsNeeded);
  missing.forEach((field, i) => {
    columns[field] = first - 1 + i;
  });
  const header = sheet.getRange(1, first, 1, missing.length);
  header.setValues([missing.map((f) => PAYOUTS_COLUMNS[f])]);
  header.setFontWeight('bold');
  if (!snapshot.sheet) sheet.setFrozenRows(1);
  return { sheet, columns };
}

interface Block {
  readonly firstRow: number;
  readonly rows: RowValues[];
  readonly fields: PayoutField[];
  readonly whole: boolean;
}

/** The columns a paid row's update touches: the add-on's own text, never its amounts or Status. */
const DISPLAY_FIELDS: readonly PayoutField[] = ['clawedBackLater', 'notes'];

/**
 * Paid rows shown a later clawback are scattered down the sheet: one block from the first to the
 * last of them, the rows between written with the values they hold (the add-on's own two text
 * columns only), costs one call instead of one per row.
 */
function spanDisplayWrites(
  writes: ReadonlyMap<number, RowValues>,
  wholeRows: ReadonlySet<number>,
  current: ReadonlyMap<number, RowValues>,
): Map<number, RowValues> {
  const display = [...writes.keys()].filter(
    (row) =>
      !wholeRows.has(row) &&
      Object.keys(writes.get(row)!).every((f) => DISPLAY_FIELDS.includes(f as PayoutField)),
  );
  if (display.length < 2) return new Map(writes);
  const first = Math.min(...display);
  const last = Math.max(...display);
  const spanned = new Map(writes);
  for (let row = first; row <= last; row++) {
    if (wholeRows.has(row) || (writes.has(row) && !display.includes(row))) return new Map(writes);
    const values: RowValues = {};
    for (const field of DISPLAY_FIELDS)
      values[field] = writes.get(row)?.[field] ?? current.get(row)?.[field] ?? '';
    spanned.set(row, values);
  }
  return spanned;
}

/** Consecutive rows that write the same fields make one block. */
function blocksOf(writes: ReadonlyMap<number, RowValues>, wholeRows: ReadonlySet<number>): Block[] {
  const blocks: Block[] = [];
  const rows = [...writes.keys()].sort((a, b) => a - b);
  let current: { firstRow: number; rows: RowValues[]; fields: PayoutField[]; whole: boolean } | undefined;
  for (const row of rows) {
    const values = writes.get(row)!;
    const whole = wholeRows.has(row);
    const fields = whole ? PAYOUT_FIELDS : PAYOUT_FIELDS.filter((f) => f in values);
    const signature = fields.join(',');
    if (
      current &&
      current.whole === whole &&
      current.fields.join(',') === signature &&
      current.firstRow + current.rows.length === row
    ) {
      current.rows.push(values);
      continue;
    }
    current = { firstRow: row, rows: [values], fields, whole };
    blocks.push(current);
  }
  return blocks;
}

/** Runs of fields whose columns sit next to each other, left to right. */
function columnRuns(fields: readonly PayoutField[], columns: PayoutColumnMap): PayoutField[][] {
  const sorted = [...fields].sort((a, b) => columns[a]! - columns[b]!);
  const runs: PayoutField[][] = [];
  for (const field of sorted) {
    const last = runs[runs.length - 1];
    if (last && columns[last[last.length - 1]]! + 1 === columns[field]) last.push(field);
    else runs.push([field]);
  }
  return runs;
}

/**
 * Writes the plan's cells. Whole rows get their number formats first (Month as plain text, so
 * "2026-11" is never read as a date) and the Status dropdown. Call under the document lock.
 */
export function writePayoutRows(
  sheet: Sheet,
  columns: PayoutColumnMap,
  planned: ReadonlyMap<number, RowValues>,
  wholeRows: ReadonlySet<number>,
  records: readonly PayoutRecord[],
): number {
  const writes = spanDisplayWrites(planned, wholeRows, new Map(records.map((r) => [r.row, r.cells])));
  let calls = 0;
  // A range past the sheet's last row does not exist (getRange throws): make room first.
  const lastRow = Math.max(0, ...writes.keys());
  const maxRows = sheet.getMaxRows();
  if (lastRow > maxRows) sheet.insertRowsAfter(maxRows, lastRow - maxRows);
  const statusRule = SpreadsheetApp.newDataValidation()
    .requireValueInList([...PAYOUT_STATUSES], true)
    .setAllowInvalid(true)
    .setHelpText('pending: prepared; approved: checked by the team; paid: never computed again.')
    .build();
  for (const block of blocksOf(writes, wholeRows)) {
    for (const run of columnRuns(block.fields, columns)) {
      const range = sheet.getRange(block.firstRow, columns[run[0]]! + 1, block.rows.length, run.length);
      if (block.whole) range.setNumberFormats(block.rows.map(() => run.map((f) => FORMATS[f] ?? 'General')));
      range.setValues(block.rows.map((values) => run.map((f) => cellValue(f, values[f]))));
      calls++;
    }
    if (block.whole) {
      sheet.getRange(block.firstRow, columns.status! + 1, block.rows.length, 1).setDataValidation(statusRule);
    }
  }
  return calls;
}
