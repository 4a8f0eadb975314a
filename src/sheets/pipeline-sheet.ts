/**
 * Batched reads and writes of the Pipeline sheet: the header row once, a block of rows once, and
 * one setValues per owned column. Never cell by cell.
 */
import { type ColumnMap, mapColumns, PIPELINE_SHEET } from '../core/lifecycle/pipeline';
import { columnOf } from './cells';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function pipelineSheet(): Sheet | null {
  return SpreadsheetApp.getActiveSpreadsheet().getSheetByName(PIPELINE_SHEET);
}

interface PipelineHeader {
  readonly width: number;
  readonly map: ColumnMap;
  readonly row: unknown[];
}

/**
 * The header row, as wide as the sheet: one read, and no separate getLastColumn round trip.
 * Trailing blank header cells simply map to no field.
 */
export function readHeader(sheet: Sheet): PipelineHeader {
  const header = sheet.getRange('1:1').getValues()[0];
  return { width: header.length, map: mapColumns(header), row: header };
}

export function readRows(sheet: Sheet, firstRow: number, numRows: number, width: number): unknown[][] {
  if (numRows <= 0) return [];
  return sheet.getRange(firstRow, 1, numRows, width).getValues();
}

/** Writes one column segment (0-based column index) in a single call. */
export function writeColumn(
  sheet: Sheet,
  firstRow: number,
  column: number,
  values: readonly unknown[],
): void {
  if (values.length === 0) return;
  sheet.getRange(firstRow, column + 1, values.length, 1).setValues(columnOf(values));
}

/**
 * Writes a column segment, skipping cells marked undefined (left alone): one setValues per run of
 * cells to write, so a skipped cell is never rewritten, not even with its own value.
 */
export function writeColumnRuns(
  sheet: Sheet,
  firstRow: number,
  column: number,
  values: readonly unknown[],
): void {
  let start = 0;
  while (start < values.length) {
    while (start < values.length && values[start] === undefined) start++;
    let end = start;
    while (end < values.length && values[end] !== undefined) end++;
    if (end > start) writeColumn(sheet, firstRow + start, column, values.slice(start, end));
    start = end;
  }
}
