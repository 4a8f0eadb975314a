/**
 * A partnership's cells in the Pipeline and in the Checklist ticks sheet, found by one TextFinder
 * search over the whole spreadsheet (one round trip, whatever the number of rows) instead of reading
 * ID columns. A match counts only in the sheet and column the layout remembers; the caller reads
 * the sheets itself when something is not found this way.
 */
import type { SheetLayout } from './layout';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface IdCell {
  readonly sheet: Sheet;
  /** 1-based sheet row. */
  readonly row: number;
}

export interface IdCells {
  readonly pipeline?: IdCell;
  readonly ticks?: IdCell;
}

/**
 * The first data row holding exactly `id` (case and all, as the readers compare it) in the
 * Pipeline's ID column and in the ticks sheet's ID column.
 */
export function findIdCells(id: string, layout: SheetLayout): IdCells {
  if (id === '' || (!layout.pipeline && !layout.ticks)) return {};
  const ticksIdColumn = layout.ticks ? layout.ticks.header.indexOf('ID') : -1;
  const matches = SpreadsheetApp.getActiveSpreadsheet()
    .createTextFinder(id)
    .matchCase(true)
    .matchEntireCell(true)
    .findAll();
  let pipeline: IdCell | undefined;
  let ticks: IdCell | undefined;
  // Matches come row by row, so the first one per sheet is the first row with the ID.
  for (const range of matches) {
    const row = range.getRow();
    if (row < 2) continue;
    const sheet = range.getSheet();
    const sheetId = sheet.getSheetId();
    const column = range.getColumn() - 1;
    if (!pipeline && sheetId === layout.pipeline?.sheetId && column === layout.pipeline.idColumn)
      pipeline = { sheet, row };
    else if (!ticks && sheetId === layout.ticks?.sheetId && column === ticksIdColumn) ticks = { sheet, row };
  }
  return { ...(pipeline ? { pipeline } : {}), ...(ticks ? { ticks } : {}) };
}
