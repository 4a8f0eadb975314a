// .xlsx <-> emulated spreadsheet, with exceljs: values, formulas with their cached results, dates, number
// formats, bold, backgrounds, column widths and frozen rows. Never bundled into the add-on.
//
// Formulas are written as Google Sheets downloads them (sheets-export-form.ts): a Sheets formula and
// each cell its result spilled into are wrapped so that Excel and LibreOffice show the saved results
// and Sheets, importing the file, restores the formula and spills it again. Only an Excel formula read
// from the file, left unchanged and calling none of the add-on's functions is written back as it was
// (no other program computes those functions). Reading undoes the wrapping, so files downloaded from
// Sheets open too. Only cells up to the last row and column with content are written. "Text contains"
// and custom formula conditional format rules and dropdown lists are kept (conditional-formats.ts,
// list-validations.ts); charts, checkboxes and other validation, notes and the document's properties
// are not.
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import ExcelJS from 'exceljs';
import { unwrap } from '../emulator/counting';
import { zoneOffsetMinutes } from '../emulator/dates';
import { DEFAULT_NUMBER_FORMAT } from '../emulator/format';
import type { EmuSpreadsheet } from '../emulator/spreadsheet';
import type { Emulator } from '../emulator/types';
import { asGas } from '../emulator/types';
import { dateMs, isDate } from '../emulator/values';
import { loadConditionalFormats, saveConditionalFormats } from './conditional-formats';
import { loadListValidations, saveListValidations } from './list-validations';
import {
  computedValueForExcel,
  EXCEL_ERRORS,
  readExcelFormula,
  sheetsFormulaForExcel,
} from './sheets-export-form';
import { heldSheets, unreadableFileMessage } from './workbook-limits';

/** Results saved in the file for its formulas, keyed by cachedKey(sheet, row, col, formula). */
export type CachedResults = Map<string, unknown>;

/** Formulas read from the file in Excel's own form, keyed by cachedKey: written back unchanged. */
export type ExcelFormulas = Set<string>;

export interface LoadedWorkbook {
  cached: CachedResults;
  excelFormulas: ExcelFormulas;
}

export const cachedKey = (sheet: string, row: number, col: number, formula: string): string =>
  `${sheet}\u0000${row},${col}\u0000${formula}`;

const PX_PER_CHAR = 7;

/** Excel dates carry no zone: their wall clock is read in the spreadsheet's time zone. */
export function wallClockToInstant(d: Date, timeZone: string): Date {
  const wall = d.getTime();
  const guess = wall - zoneOffsetMinutes(wall, timeZone) * 60000;
  return new Date(wall - zoneOffsetMinutes(guess, timeZone) * 60000);
}

function instantToWallClock(d: Date, timeZone: string): Date {
  const ms = dateMs(d);
  return new Date(ms + zoneOffsetMinutes(ms, timeZone) * 60000);
}

function rawSpreadsheet(emu: Emulator): EmuSpreadsheet {
  return unwrap(emu.spreadsheet) as unknown as EmuSpreadsheet;
}

/** A cell value read from the file as the emulator stores it (text stays text: never a formula). */
function fromFile(value: unknown, timeZone: string): unknown {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return wallClockToInstant(value, timeZone);
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'string') return `'${value}`;
  if (typeof value === 'object') {
    const v = value as { richText?: { text: string }[]; text?: unknown; error?: string };
    if (Array.isArray(v.richText)) return `'${v.richText.map((r) => r.text).join('')}`;
    if (v.error !== undefined) return `'${v.error}`;
    if (v.text !== undefined) return fromFile(v.text, timeZone);
  }
  return `'${String(value)}`;
}

/** A formula's cached result as the evaluator returns it. */
function resultFromFile(result: unknown, timeZone: string): unknown {
  const v = fromFile(result, timeZone);
  return typeof v === 'string' && v.startsWith("'") ? v.slice(1) : v;
}

/** LibreOffice has no boolean cells: it saves a TRUE or FALSE typed in a cell as the formula TRUE() or FALSE(). */
const LIBREOFFICE_BOOLEAN = /^\s*(TRUE|FALSE)\(\s*\)\s*$/i;

/** Days from Excel's day 0 (30 Dec 1899) to 1 Jan 1970. */
const EXCEL_EPOCH_DAYS = 25569;

/**
 * A Sheets formula's saved result spread over the cells its array spilled into (the cells saved as
 * COMPUTED_VALUE to its right along its row and below it down its column), so a formula the emulator
 * cannot compute spills its saved array again. A lone cell keeps its single result.
 */
function spilledResult(
  anchor: { row: number; col: number },
  result: unknown,
  spilled: Map<string, unknown>,
): unknown {
  let cols = 1;
  while (spilled.has(`${anchor.row},${anchor.col + cols}`)) cols++;
  let rows = 1;
  while (spilled.has(`${anchor.row + rows},${anchor.col}`)) rows++;
  if (rows === 1 && cols === 1) return result;
  const grid: unknown[][] = [];
  for (let i = 0; i < rows; i++) {
    const line: unknown[] = [];
    for (let j = 0; j < cols; j++) {
      line.push(i === 0 && j === 0 ? result : (spilled.get(`${anchor.row + i},${anchor.col + j}`) ?? ''));
    }
    grid.push(line);
  }
  return grid;
}

/** One cell read from the file, as the emulator's layers hold it. */
interface LoadedCell {
  col: number;
  value: unknown;
  format: string;
  bold: GoogleAppsScript.Spreadsheet.FontWeight;
  fill: string;
}

/**
 * The cells a row of the file holds, blank ones with a format included (exceljs's eachCell skips
 * those), never the columns between them (its eachCell with includeEmpty makes every one).
 */
function heldCells(row: ExcelJS.Row): ExcelJS.Cell[] {
  return (row.model?.cells ?? []).map((cell) => row.getCell(String(cell.address).replace(/[0-9]+$/, '')));
}

/** A row's cells, in column order, written as one batch per run of adjacent columns. */
function writeRuns(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  row: number,
  cells: readonly LoadedCell[],
): void {
  let start = 0;
  for (let i = 1; i <= cells.length; i++) {
    if (i < cells.length && cells[i].col === cells[i - 1].col + 1) continue;
    const run = cells.slice(start, i);
    const range = sheet.getRange(row, run[0].col, 1, run.length);
    range.setValues([run.map((c) => c.value)]);
    // A new sheet already has the defaults: a layer is written only when the run differs from them.
    if (run.some((c) => c.format !== DEFAULT_NUMBER_FORMAT))
      range.setNumberFormats([run.map((c) => c.format)]);
    if (run.some((c) => c.bold === 'bold')) range.setFontWeights([run.map((c) => c.bold)]);
    if (run.some((c) => c.fill !== '#ffffff')) range.setBackgrounds([run.map((c) => c.fill)]);
    start = i;
  }
}

/**
 * Replaces the emulator's sheets with the workbook's. Returns the results the file holds for its
 * formulas, so formulas the emulator cannot compute keep the values saved in the file, and which
 * formulas were Excel's own (not counting those for which `sheetsOnly` is true).
 */
export async function loadWorkbook(
  emu: Emulator,
  path: string,
  sheetsOnly: (formula: string) => boolean = () => false,
): Promise<LoadedWorkbook> {
  const workbook = new ExcelJS.Workbook();
  const file = basename(path);
  try {
    await workbook.xlsx.readFile(path);
  } catch (error) {
    throw new Error(unreadableFileMessage(workbook, file, error as Error));
  }
  // Refused before a sheet is touched, so a file over Sheets' limits loses nothing of the open one.
  const sheets = heldSheets(workbook, file);
  const ss = emu.spreadsheet;
  const timeZone = ss.getSpreadsheetTimeZone();
  const cached: CachedResults = new Map();
  const excelFormulas: ExcelFormulas = new Set();
  const placeholder = ss.insertSheet(`__loading_${Date.now()}`);
  for (const sheet of ss.getSheets())
    if (sheet.getSheetId() !== placeholder.getSheetId()) ss.deleteSheet(sheet);

  for (const { ws, rows: heldRows, rowCount: rows, columnCount: cols } of sheets) {
    const sheet = ss.insertSheet(ws.name, ss.getNumSheets());
    if (rows > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), rows - sheet.getMaxRows());
    if (cols > sheet.getMaxColumns())
      sheet.insertColumnsAfter(sheet.getMaxColumns(), cols - sheet.getMaxColumns());
    const formulas: { row: number; col: number; formula: string }[] = [];
    const sheetsFormulas: { row: number; col: number; formula: string; result: unknown }[] = [];
    /** Results of cells saved as part of a spilled array, by 'row,col'; the cells themselves stay blank. */
    const spilled = new Map<string, unknown>();
    // Only the cells the file holds: a sheet spanning A1:XFD1048576 with two cells costs two cells.
    for (const row of heldRows) {
      const r = row.number;
      const line: LoadedCell[] = [];
      for (const cell of heldCells(row)) {
        const c = Number(cell.col);
        const formula = cell.formula;
        const reading = formula ? readExcelFormula(formula) : undefined;
        const boolean = formula ? LIBREOFFICE_BOOLEAN.exec(formula) : null;
        let value: unknown;
        if (boolean) {
          value = boolean[1].toUpperCase() === 'TRUE';
        } else if (reading?.kind === 'computed-value') {
          spilled.set(`${r},${c}`, resultFromFile(cell.result, timeZone));
          value = '';
        } else if (reading) {
          const text = reading.kind === 'sheets' ? reading.formula : `=${formula}`;
          const result = resultFromFile(cell.result, timeZone);
          formulas.push({ row: r, col: c, formula: text });
          if (reading.kind === 'sheets') sheetsFormulas.push({ row: r, col: c, formula: text, result });
          else if (!sheetsOnly(text)) excelFormulas.add(cachedKey(ws.name, r, c, text));
          cached.set(cachedKey(ws.name, r, c, text), result);
          value = '';
        } else value = fromFile(cell.value, timeZone);
        const argb = (cell.fill as { fgColor?: { argb?: string } } | undefined)?.fgColor?.argb;
        line.push({
          col: c,
          value,
          format: cell.numFmt || DEFAULT_NUMBER_FORMAT,
          bold: cell.font?.bold ? 'bold' : 'normal',
          fill: argb && argb.length === 8 ? `#${argb.slice(2).toLowerCase()}` : '#ffffff',
        });
      }
      writeRuns(sheet, r, line);
    }
    for (const f of sheetsFormulas) {
      cached.set(cachedKey(ws.name, f.row, f.col, f.formula), spilledResult(f, f.result, spilled));
    }
    for (const f of formulas) sheet.getRange(f.row, f.col).setFormula(f.formula);
    ws.columns.forEach((column, i) => {
      if (column.width) sheet.setColumnWidth(i + 1, Math.round(column.width * PX_PER_CHAR));
    });
    const app = emu.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    loadConditionalFormats(ws, sheet, app);
    loadListValidations(ws, sheet, app);
    const frozen = (ws.views ?? []).find((v) => v.state === 'frozen') as { ySplit?: number } | undefined;
    if (frozen?.ySplit) sheet.setFrozenRows(frozen.ySplit);
  }
  if (workbook.worksheets.length > 0) ss.deleteSheet(placeholder);
  else placeholder.setName('Sheet1');
  ss.setActiveSheet(ss.getSheets()[0]);
  return { cached, excelFormulas };
}

/** What one emulator cell holds, for the file. */
type CellContent =
  | { kind: 'formula'; formula: string; result: unknown; excel: boolean }
  | { kind: 'spilled'; result: unknown }
  | { kind: 'value'; value: unknown };

/** The value to write for one emulator cell; undefined for a blank cell. */
function cellForFile(content: CellContent, timeZone: string): ExcelJS.CellValue | undefined {
  const plain = (v: unknown): ExcelJS.CellValue =>
    isDate(v) ? instantToWallClock(v, timeZone) : (v as ExcelJS.CellValue);
  if (content.kind === 'value') {
    const { value } = content;
    return value === '' || value === null || value === undefined ? undefined : plain(value);
  }
  const result = plain(content.result);
  const error = typeof result === 'string' && EXCEL_ERRORS.has(result);
  // The fallback constant of a date is its serial number (the cell's date format shows it as a date).
  const constant = result instanceof Date ? result.getTime() / 86400000 + EXCEL_EPOCH_DAYS : result;
  const formula =
    content.kind === 'spilled'
      ? computedValueForExcel(constant)
      : content.excel
        ? content.formula.slice(1)
        : sheetsFormulaForExcel(content.formula.slice(1), constant);
  return {
    formula,
    result: error ? { error: result as ExcelJS.CellErrorValue['error'] } : result,
  } as ExcelJS.CellFormulaValue;
}

/**
 * The workbook as an .xlsx buffer. `excelFormulas` (from loadWorkbook) are written back in Excel's
 * form; every other formula in the form Sheets downloads it.
 */
export async function workbookBuffer(
  emu: Emulator,
  excelFormulas: ExcelFormulas = new Set(),
): Promise<Buffer> {
  const ss = rawSpreadsheet(emu);
  const timeZone = ss.getSpreadsheetTimeZone();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Producer Partnerships playground';
  for (const sheet of ss.sheetList()) {
    const ws = workbook.addWorksheet(sheet.getName());
    const { data } = sheet;
    // Cells up to the last row and column with content: formats and rules that only reach down empty
    // rows (a checkbox column set up for 1,000 rows) would make the file slow to write and read.
    const rows = data.lastRow();
    const cols = data.lastCol();
    for (let r = 1; r <= rows; r++) {
      const row = ws.getRow(r);
      for (let c = 1; c <= cols; c++) {
        const formula = data.formulas.get(r - 1, c - 1);
        const own = data.values.get(r - 1, c - 1);
        // A spilled cell has a computed value but neither a formula nor a value of its own.
        const content: CellContent = formula
          ? {
              kind: 'formula',
              formula,
              result: data.value(r, c),
              excel: excelFormulas.has(cachedKey(sheet.getName(), r, c, formula)),
            }
          : own === '' && data.computed.get(r - 1, c - 1) !== undefined
            ? { kind: 'spilled', result: data.value(r, c) }
            : { kind: 'value', value: own };
        const v = cellForFile(content, timeZone);
        const cell = row.getCell(c);
        if (v !== undefined) cell.value = v;
        const format = data.numberFormats.get(r - 1, c - 1);
        if (format !== DEFAULT_NUMBER_FORMAT) cell.numFmt = format;
        if (data.fontWeights.get(r - 1, c - 1) === 'bold') cell.font = { bold: true };
        const background = data.backgrounds.get(r - 1, c - 1);
        if (/^#[0-9a-f]{6}$/i.test(background) && background.toLowerCase() !== '#ffffff') {
          cell.fill = {
            type: 'pattern',
            pattern: 'solid',
            fgColor: { argb: `FF${background.slice(1).toUpperCase()}` },
          };
        }
      }
    }
    for (const [col, px] of data.columnWidths) ws.getColumn(col).width = px / PX_PER_CHAR;
    saveConditionalFormats(asGas(sheet), ws);
    saveListValidations(asGas(sheet), ws);
    const frozenRows = sheet.getFrozenRows();
    if (frozenRows > 0) ws.views = [{ state: 'frozen', ySplit: frozenRows }];
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * Writes the workbook atomically: a temporary file in the same folder, then a rename over the target,
 * so a crash never leaves a half-written .xlsx.
 */
export async function saveWorkbook(
  emu: Emulator,
  path: string,
  excelFormulas: ExcelFormulas = new Set(),
): Promise<void> {
  const buffer = await workbookBuffer(emu, excelFormulas);
  const tmpDir = mkdtempSync(join(dirname(path), `.${basename(path)}.`));
  const tmp = join(tmpDir, basename(path));
  try {
    writeFileSync(tmp, buffer);
    renameSync(tmp, path);
  } finally {
    rmSync(tmpDir, { recursive: true, force: true });
  }
}
