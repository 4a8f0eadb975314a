/**
 * The Results sheet on the Sheets side: one read of its data range, and one batched write of the
 * rows an import changes. Key, ID, Month and Source are formatted as plain text before the values
 * are written, since Sheets reads `2026-11` typed into a cell as a date.
 */
import { formatYearMonth } from '../core/months';
import {
  mapResultsColumns,
  RESULTS_FIELDS,
  RESULTS_SHEET,
  type ResultsField,
} from '../core/results/results-sheet';
import type { ResultsWritePlan } from '../core/results/results-write';
import { isDate } from '../core/values';
import { asCellText } from './cells';
import { sheetValues } from './sheet-values';
import { dateToYearMonth } from './time-zone';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const TEXT_FIELDS: readonly ResultsField[] = ['key', 'id', 'month', 'source'];
const FORMATS: Readonly<Record<ResultsField, string>> = {
  key: '@',
  id: '@',
  month: '@',
  source: '@',
  sessions: '#,##0',
  orders: '#,##0',
  attributedSales: '#,##0.00',
  refunds: '#,##0.00',
  views: '#,##0',
  engagement: '#,##0',
  currency: '@',
  importedAt: 'yyyy-mm-dd hh:mm',
};
/**
 * The Results sheet's values (header first), with Month cells someone re-typed as dates turned
 * back into `yyyy-mm` in the spreadsheet's time zone; [] when there is no sheet. The one reader of
 * the sheet: the import, payouts and statements, the debrief, the forecast and the lifecycle read
 * Results through this (or monthsAsText for a few of its columns) and readResultRows.
 */
export function readResultsValues(
  ss: Spreadsheet,
  timeZone: () => string,
): { sheet: Sheet | null; values: unknown[][] } {
  const sheet = ss.getSheetByName(RESULTS_SHEET);
  if (!sheet) return { sheet, values: [] };
  const values = sheetValues(sheet);
  if (values.length === 1 && values[0].every((v) => v === '')) return { sheet, values: [] };
  return { sheet, values: monthsAsText(values, timeZone) };
}

/**
 * Month cells that are dates (Sheets made `2026-11` typed into a cell a date) as `yyyy-mm` in the
 * spreadsheet's time zone, in place; the zone is asked for only when such a cell exists.
 */
export function monthsAsText(values: unknown[][], timeZone: () => string): unknown[][] {
  const month = mapResultsColumns(values[0] ?? []).month;
  if (month === undefined) return values;
  let zone: string | undefined;
  for (let r = 1; r < values.length; r++) {
    const cell = values[r][month];
    if (!isDate(cell)) continue;
    zone = zone ?? timeZone();
    values[r][month] = formatYearMonth(dateToYearMonth(cell, zone));
  }
  return values;
}

/** Sorted column indexes as [first, last] runs of adjacent columns. */
function runs(columns: readonly number[]): [number, number][] {
  const sorted = [...columns].sort((a, b) => a - b);
  const out: [number, number][] = [];
  for (const c of sorted) {
    const last = out[out.length - 1];
    if (last && c === last[1] + 1) last[1] = c;
    else out.push([c, c]);
  }
  return out;
}

/** Writes what the plan changes: the header when it grew, then rows from the first changed on. */
export function writeResults(ss: Spreadsheet, existing: Sheet | null, plan: ResultsWritePlan): void {
  if (plan.firstChanged < 0) return;
  const sheet = existing ?? ss.insertSheet(RESULTS_SHEET);
  const width = plan.header.length;
  const maxColumns = sheet.getMaxColumns();
  if (maxColumns < width) sheet.insertColumnsAfter(maxColumns, width - maxColumns);
  const first = plan.firstChanged + 2;
  const count = plan.rows.length - plan.firstChanged;
  const last = first + count - 1;
  const maxRows = sheet.getMaxRows();
  if (maxRows < last) sheet.insertRowsAfter(maxRows, last - maxRows);
  // The last sheet row the import found data in (the header is row 1).
  const heldRows = existing ? plan.existingRows + 1 : 0;
  if (plan.headerChanged) {
    sheet
      .getRange(1, 1, 1, width)
      .setValues([plan.header.map(asCellText)])
      .setFontWeight('bold');
    if (!existing) sheet.setFrozenRows(1);
  }
  // Columns people added keep their formulas: read them for the block and write them back.
  const ownColumns = new Set(RESULTS_FIELDS.map((field) => plan.columns[field]));
  const hasOwnColumns = plan.header.some((_, c) => !ownColumns.has(c));
  const formulas =
    hasOwnColumns && first <= heldRows
      ? sheet.getRange(first, 1, Math.min(count, heldRows - first + 1), width).getFormulas()
      : [];
  const block = plan.rows.slice(plan.firstChanged).map((row, r) =>
    row.map((value, c) => {
      const formula = ownColumns.has(c) ? '' : (formulas[r]?.[c] ?? '');
      return formula !== '' ? formula : asCellText(value);
    }),
  );
  // Formats first, so the values that follow are stored as written (Key to Source as plain text).
  // The add-on's own layout is one run of columns: one setNumberFormats call. Columns people moved
  // apart get one call per run of adjacent columns, for each format.
  const own = RESULTS_FIELDS.map((field) => plan.columns[field]!);
  const [run] = runs(own);
  if (runs(own).length === 1) {
    const fieldAt = new Map(RESULTS_FIELDS.map((field) => [plan.columns[field]!, field]));
    const formats: string[] = [];
    for (let c = run[0]; c <= run[1]; c++) formats.push(FORMATS[fieldAt.get(c)!]);
    sheet.getRange(first, run[0] + 1, count, run[1] - run[0] + 1).setNumberFormats(block.map(() => formats));
  } else {
    for (const [from, to] of runs(TEXT_FIELDS.map((field) => plan.columns[field]!))) {
      sheet.getRange(first, from + 1, count, to - from + 1).setNumberFormat('@');
    }
  }
  sheet.getRange(first, 1, count, width).setValues(block);
}
