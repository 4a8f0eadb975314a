// What a workbook file may hold before the playground opens it: Google Sheets' own limits, checked on
// the cells the file holds (exceljs keeps only those), before the emulator allocates any sheet. A
// small file can name a far corner (A1 and XFD1048576) or hold one enormous string; either would
// make the loader allocate gigabytes. Limits from Google's "Files you can store in Google Drive"
// (https://support.google.com/drive/answer/37603): up to 10 million cells per spreadsheet, and
// 50,000 characters per cell.
import type ExcelJS from 'exceljs';
import { CELL_MAX_CHARACTERS, quoted } from '../src/core/user-text';

export const MAX_CELLS = 10_000_000;
/** The same limit the add-on's functions keep their results within. */
export const MAX_CELL_CHARACTERS = CELL_MAX_CHARACTERS;

const count = (n: number) => n.toLocaleString('en-US');

/** Characters a cell holds: its text, a formula's text or its saved text result, whichever is longest. */
export function cellCharacters(value: ExcelJS.CellValue): number {
  if (typeof value === 'string') return value.length;
  if (value === null || typeof value !== 'object' || value instanceof Date) return 0;
  const v = value as {
    richText?: { text?: unknown }[];
    text?: unknown;
    formula?: unknown;
    sharedFormula?: unknown;
    result?: unknown;
  };
  let n = 0;
  if (Array.isArray(v.richText)) for (const run of v.richText) n += String(run?.text ?? '').length;
  for (const part of [v.text, v.formula, v.sharedFormula, v.result])
    if (typeof part === 'string') n = Math.max(n, part.length);
  return n;
}

/** A sheet of the file: the rows it holds (with values) and the extent they span. */
export interface HeldSheet {
  readonly ws: ExcelJS.Worksheet;
  readonly rows: readonly ExcelJS.Row[];
  readonly rowCount: number;
  readonly columnCount: number;
}

/**
 * The workbook's sheets, each visited once (exceljs's columnCount walks every row again), or a message
 * naming the sheet (and cell) when the workbook is over a limit of Sheets.
 */
export function heldSheets(workbook: ExcelJS.Workbook, file: string): HeldSheet[] {
  let cells = 0;
  return workbook.worksheets.map((ws) => {
    const rows: ExcelJS.Row[] = [];
    let columnCount = 1;
    ws.eachRow((row) => {
      rows.push(row);
      columnCount = Math.max(columnCount, row.cellCount);
    });
    const rowCount = Math.max(1, ws.rowCount);
    cells += rowCount * columnCount;
    if (cells > MAX_CELLS) {
      throw new Error(
        `${file} cannot be opened: sheet ${quoted(ws.name)} spans ${count(rowCount)} rows × ${count(columnCount)} columns ` +
          `(${count(rowCount * columnCount)} cells), and Google Sheets holds at most ${count(MAX_CELLS)} cells in a spreadsheet.`,
      );
    }
    for (const row of rows)
      row.eachCell((cell) => {
        const length = cellCharacters(cell.value);
        if (length > MAX_CELL_CHARACTERS) {
          throw new Error(
            `${file} cannot be opened: cell ${cell.address} of sheet ${quoted(ws.name)} holds ${count(length)} ` +
              `characters, and a Google Sheets cell holds at most ${count(MAX_CELL_CHARACTERS)}.`,
          );
        }
      });
    return { ws, rows, rowCount, columnCount };
  });
}

/**
 * exceljs reads a cell without an `r` attribute as the column after the previous cell, and fails with
 * "Cannot read properties of undefined (reading 'col')" when it starts a row. It builds the sheets in
 * order, so the one it was building when it failed is the last one it made.
 */
export function unreadableFileMessage(workbook: ExcelJS.Workbook, file: string, error: Error): string {
  const sheets = workbook.worksheets;
  const failing = sheets.reduce<ExcelJS.Worksheet | undefined>(
    (a, b) => (!a || b.id > a.id ? b : a),
    undefined,
  );
  if (failing && /reading '(col|row)'/.test(error.message)) {
    return (
      `${file} cannot be opened: sheet ${quoted(failing.name)} has a cell without its position ` +
      `(a <c> element with no r attribute at the start of a row).`
    );
  }
  return `${file} cannot be opened as a workbook${failing ? ` (in sheet ${quoted(failing.name)})` : ''}: ${error.message}`;
}
