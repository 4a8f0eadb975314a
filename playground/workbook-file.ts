// .xlsx <-> emulated spreadsheet, with exceljs: values, formulas with their cached results, dates, number
// formats, bold, backgrounds, column widths and frozen rows. Never bundled into the add-on.
//
// A formula's spilled cells are not written: in the file only the formula's own cell holds it (with
// its result), so Google Sheets, importing the file, spills it again instead of finding the cells
// occupied. Only cells up to the last row and column with content are written. "Text contains"
// conditional format rules and dropdown lists are kept (conditional-formats.ts, list-validations.ts);
// charts, checkboxes and other validation, notes and the document's properties are not.
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
import { loadTextRules, saveTextRules } from './conditional-formats';
import { loadListValidations, saveListValidations } from './list-validations';

/** Results saved in the file for its formulas, keyed by cachedKey(sheet, row, col, formula). */
export type CachedResults = Map<string, unknown>;

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

/**
 * Replaces the emulator's sheets with the workbook's. Returns the results the file holds for its
 * formulas, so formulas the emulator cannot compute keep the values saved in the file.
 */
export async function loadWorkbook(emu: Emulator, path: string): Promise<CachedResults> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const ss = emu.spreadsheet;
  const timeZone = ss.getSpreadsheetTimeZone();
  const cached: CachedResults = new Map();
  const placeholder = ss.insertSheet(`__loading_${Date.now()}`);
  for (const sheet of ss.getSheets())
    if (sheet.getSheetId() !== placeholder.getSheetId()) ss.deleteSheet(sheet);

  for (const ws of workbook.worksheets) {
    const sheet = ss.insertSheet(ws.name, ss.getNumSheets());
    const rows = Math.max(1, ws.rowCount);
    const cols = Math.max(1, ws.columnCount);
    if (rows > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), rows - sheet.getMaxRows());
    if (cols > sheet.getMaxColumns())
      sheet.insertColumnsAfter(sheet.getMaxColumns(), cols - sheet.getMaxColumns());
    const values: unknown[][] = [];
    const formats: string[][] = [];
    const bold: GoogleAppsScript.Spreadsheet.FontWeight[][] = [];
    const fills: string[][] = [];
    const formulas: { row: number; col: number; formula: string }[] = [];
    for (let r = 1; r <= rows; r++) {
      const row = ws.getRow(r);
      const vRow: unknown[] = [];
      const fRow: string[] = [];
      const bRow: GoogleAppsScript.Spreadsheet.FontWeight[] = [];
      const cRow: string[] = [];
      for (let c = 1; c <= cols; c++) {
        const cell = row.getCell(c);
        const formula = cell.formula;
        if (formula) {
          const text = `=${formula}`;
          formulas.push({ row: r, col: c, formula: text });
          cached.set(cachedKey(ws.name, r, c, text), resultFromFile(cell.result, timeZone));
          vRow.push('');
        } else vRow.push(fromFile(cell.value, timeZone));
        fRow.push(cell.numFmt || DEFAULT_NUMBER_FORMAT);
        bRow.push(cell.font?.bold ? 'bold' : 'normal');
        const argb = (cell.fill as { fgColor?: { argb?: string } } | undefined)?.fgColor?.argb;
        cRow.push(argb && argb.length === 8 ? `#${argb.slice(2).toLowerCase()}` : '#ffffff');
      }
      values.push(vRow);
      formats.push(fRow);
      bold.push(bRow);
      fills.push(cRow);
    }
    const range = sheet.getRange(1, 1, rows, cols);
    range.setValues(values);
    range.setNumberFormats(formats);
    range.setFontWeights(bold);
    range.setBackgrounds(fills);
    for (const f of formulas) sheet.getRange(f.row, f.col).setFormula(f.formula);
    ws.columns.forEach((column, i) => {
      if (column.width) sheet.setColumnWidth(i + 1, Math.round(column.width * PX_PER_CHAR));
    });
    const app = emu.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    loadTextRules(ws, sheet, app);
    loadListValidations(ws, sheet, app);
    const frozen = (ws.views ?? []).find((v) => v.state === 'frozen') as { ySplit?: number } | undefined;
    if (frozen?.ySplit) sheet.setFrozenRows(frozen.ySplit);
  }
  if (workbook.worksheets.length > 0) ss.deleteSheet(placeholder);
  else placeholder.setName('Sheet1');
  ss.setActiveSheet(ss.getSheets()[0]);
  return cached;
}

/** Error values Excel knows; Sheets' own ('#ERROR!') are saved as text results. */
const EXCEL_ERRORS = new Set(['#N/A', '#REF!', '#NAME?', '#DIV/0!', '#NULL!', '#VALUE!', '#NUM!']);

/** The value to write for one emulator cell; undefined for a blank or a spilled cell. */
function cellForFile(value: unknown, formula: string, timeZone: string): ExcelJS.CellValue | undefined {
  const plain = (v: unknown): ExcelJS.CellValue =>
    isDate(v) ? instantToWallClock(v, timeZone) : (v as ExcelJS.CellValue);
  if (formula) {
    const result = plain(value);
    const error = typeof result === 'string' && EXCEL_ERRORS.has(result);
    return {
      formula: formula.replace(/^=/, ''),
      result: error ? { error: result as ExcelJS.CellErrorValue['error'] } : result,
    } as ExcelJS.CellFormulaValue;
  }
  if (value === '' || value === null || value === undefined) return undefined;
  return plain(value);
}

/** The workbook as an .xlsx buffer. */
export async function workbookBuffer(emu: Emulator): Promise<Buffer> {
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
        // A spilled cell has a computed value but neither a formula nor a value of its own.
        const own = formula ? undefined : data.values.get(r - 1, c - 1);
        const v = cellForFile(formula ? data.value(r, c) : own, formula, timeZone);
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
    saveTextRules(asGas(sheet), ws);
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
export async function saveWorkbook(emu: Emulator, path: string): Promise<void> {
  const buffer = await workbookBuffer(emu);
  const tmpDir = mkdtempSync(join(dirname(path), `.${basename(path)}.`));
  const tmp = join(tmpDir, basename(path));
  try {
    writeFileSync(tmp, buffer);
    renameSync(tmp, path);
  } finally {
    rmSync(tmpDir, { recursive: true, force: true });
  }
}
