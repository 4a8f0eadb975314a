/**
 * A partnership's cells in the Pipeline and in the Checklist ticks sheet, found by one TextFinder
 * search over the whole spreadsheet (one round trip, whatever the number of rows) instead of reading
 * ID columns. A match counts only in the sheet and column the layout remembers; the caller reads
 * the sheets itself when something is not found this way.
 */
import { columnLetter } from './cells';
import { rememberLayout, type SheetLayout } from './layout';
import { TICKS_SHEET } from './tick-store';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface IdCell {
  readonly sheet: Sheet;
  /** 1-based sheet row. */
  readonly row: number;
}

export interface IdCells {
  readonly pipeline?: IdCell;
  readonly ticks?: IdCell;
  /** The ticks sheet is not the one the layout remembers: read it instead of trusting the layout. */
  readonly ticksStale?: true;
  /** The ticks sheet, when it had to be looked up (so the caller need not look again). */
  readonly ticksSheet?: Sheet;
  /** The layout, with what this search learned (when `learn` was set). */
  readonly layout: SheetLayout;
}

/**
 * The first data row holding exactly `id` (case and all, as the readers compare it) in the
 * Pipeline's ID column and in the ticks sheet's ID column. A miss in the ticks sheet is believed
 * only once the whole-spreadsheet search has been seen to reach that hidden sheet; before, the
 * sheet is searched alone (two more round trips). With `learn` (under the document lock), seeing
 * it is remembered.
 */
export function findIdCells(id: string, layout: SheetLayout, learn = false): IdCells {
  if (id === '' || (!layout.pipeline && !layout.ticks)) return { layout };
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
  let learned = layout;
  if (ticks && learn && !layout.hiddenSheetsSearched && ticks.sheet.isSheetHidden())
    learned = rememberLayout(layout, { hiddenSheetsSearched: true });
  const found = { ...(pipeline ? { pipeline } : {}), layout: learned };
  if (ticks || !layout.ticks || ticksIdColumn < 0) return { ...found, ...(ticks ? { ticks } : {}) };
  if (layout.hiddenSheetsSearched) return found;
  // Not seen yet that hidden sheets are searched: look in the ticks sheet's ID column alone.
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(TICKS_SHEET);
  if (!sheet) return found;
  if (sheet.getSheetId() !== layout.ticks.sheetId) return { ...found, ticksStale: true, ticksSheet: sheet };
  const letter = columnLetter(ticksIdColumn + 1);
  const match = sheet
    .getRange(`${letter}2:${letter}`)
    .createTextFinder(id)
    .matchCase(true)
    .matchEntireCell(true)
    .findNext();
  return match ? { ...found, ticks: { sheet, row: match.getRow() } } : { ...found, ticksSheet: sheet };
}
