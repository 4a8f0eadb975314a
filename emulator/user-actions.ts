// What a person at the keyboard does: typing, sorting, inserting and deleting. These work on the raw
// objects, so they never count as script calls; edit() also builds the onEdit event Sheets would send.
import { type GridRect, parseA1 } from './a1';
import { zoneOffsetMinutes } from './dates';
import type { Env } from './env';
import type { EmuSheet } from './sheet';
import type { EmuSpreadsheet } from './spreadsheet';
import { asGas, type CellSnapshot, type EditEvent, type UserActions } from './types';
import { EmuDataValidation } from './validation';
import { dateMs, isDate } from './values';

export class EmuUserActions implements UserActions {
  constructor(
    private readonly env: Env,
    private readonly spreadsheet: EmuSpreadsheet,
  ) {}

  /** The named sheet, created (at the end) if missing. */
  private sheet(name: string): EmuSheet {
    const ss = this.spreadsheet;
    return ss.findSheet(name) ?? ss.addSheet(name, ss.sheetList().length);
  }

  private rect(sheet: EmuSheet, a1: string): GridRect {
    // Open-ended references ('A:A', 'E2:G') reach the current edge of the sheet.
    const rect = parseA1(a1, sheet.data.maxRows, sheet.data.maxCols);
    if (!rect) throw new Error(`user: not an A1 reference: ${a1}`);
    return rect;
  }

  /** Writes with a1 as the top-left cell (sized by values) or as the exact range; grows the sheet. */
  private write(sheetName: string, a1: string, values: unknown[][]): { sheet: EmuSheet; rect: GridRect } {
    const sheet = this.sheet(sheetName);
    let rect = this.rect(sheet, a1);
    if (rect.numRows === 1 && rect.numCols === 1 && Array.isArray(values)) {
      rect = { ...rect, numRows: Math.max(1, values.length), numCols: Math.max(1, values[0]?.length ?? 1) };
    }
    sheet.data.growTo(rect);
    sheet.rangeAt(rect.row, rect.col, rect.numRows, rect.numCols).setValues(values);
    return { sheet, rect };
  }

  setValues(sheetName: string, a1: string, values: unknown[][]): void {
    this.write(sheetName, a1, values);
  }

  getValues(sheetName: string, a1?: string): unknown[][] {
    const sheet = this.sheet(sheetName);
    if (a1 === undefined) {
      const { data } = sheet;
      return data.readValues({
        row: 1,
        col: 1,
        numRows: Math.max(1, data.lastRow()),
        numCols: Math.max(1, data.lastCol()),
      });
    }
    // Cells past the edge read as blanks; reading does not grow the sheet.
    return sheet.data.readValues(this.rect(sheet, a1));
  }

  /** onEdit's value/oldValue are strings in Sheets: numbers as typed, dates as serial numbers. */
  private eventString(v: unknown): string | undefined {
    if (v === '' || v == null) return undefined;
    if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
    if (isDate(v)) {
      const ms = dateMs(v);
      const offset = zoneOffsetMinutes(ms, this.spreadsheet.getSpreadsheetTimeZone());
      return String((ms + offset * 60000) / 86400000 + 25569);
    }
    return String(v);
  }

  edit(sheetName: string, a1: string, values: unknown[][]): EditEvent {
    const sheet = this.sheet(sheetName);
    const start = this.rect(sheet, a1);
    const oldValue =
      sheet.data.maxRows >= start.row && sheet.data.maxCols >= start.col
        ? sheet.data.value(start.row, start.col)
        : '';
    const { rect } = this.write(sheetName, a1, values);
    const range = sheet.rangeAt(rect.row, rect.col, rect.numRows, rect.numCols);
    this.spreadsheet.selectRange(range);
    const email = this.env.userEmail;
    const event: EditEvent = {
      range: this.env.wrap(asGas(range)),
      source: this.env.wrap(asGas(this.spreadsheet)),
      authMode: 'LIMITED',
      user: { getEmail: () => email },
    };
    if (rect.numRows === 1 && rect.numCols === 1) {
      const value = this.eventString(sheet.data.value(rect.row, rect.col));
      const old = this.eventString(oldValue);
      if (value !== undefined) event.value = value;
      if (old !== undefined) event.oldValue = old;
    }
    return event;
  }

  /**
   * A Ctrl-selected multi-range paste or clear. Sheets fires one onEdit whose e.range is a single
   * range (here the last, the active one, as getActiveRange() returns "only the last selected range":
   * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getActiveRange());
   * getActiveRangeList() holds them all. No value/oldValue: those exist for one-cell edits only.
   */
  editRanges(sheetName: string, parts: ReadonlyArray<readonly [a1: string, values: unknown[][]]>): EditEvent {
    if (parts.length === 0) throw new Error('user: editRanges needs at least one range');
    const sheet = this.sheet(sheetName);
    const ranges = parts.map(([a1, values]) => {
      const { rect } = this.write(sheetName, a1, values);
      return sheet.rangeAt(rect.row, rect.col, rect.numRows, rect.numCols);
    });
    this.spreadsheet.selectRanges(ranges);
    const email = this.env.userEmail;
    return {
      range: this.env.wrap(asGas(ranges[ranges.length - 1])),
      source: this.env.wrap(asGas(this.spreadsheet)),
      authMode: 'LIMITED',
      user: { getEmail: () => email },
    };
  }

  /** A dropdown display style chosen in the Sheets UI (chip, arrow, plain): invisible to the API. */
  setDropdownStyle(sheetName: string, a1: string, style: string): void {
    const sheet = this.sheet(sheetName);
    const rect = this.rect(sheet, a1);
    const layer = sheet.data.validations;
    for (let r = rect.row - 1; r < rect.row - 1 + rect.numRows; r++) {
      for (let c = rect.col - 1; c < rect.col - 1 + rect.numCols; c++) {
        const rule = layer.get(r, c);
        if (rule instanceof EmuDataValidation) layer.set(r, c, rule.withDisplayStyle(style));
      }
    }
  }

  /** Selects a range, as a click does: the sheet becomes active and getActiveRange() returns it. */
  select(sheetName: string, a1: string): void {
    const sheet = this.sheet(sheetName);
    const rect = this.rect(sheet, a1);
    this.spreadsheet.selectRange(sheet.rangeAt(rect.row, rect.col, rect.numRows, rect.numCols));
  }

  sortRows(sheetName: string, fromRow: number, column: number, ascending = true): void {
    this.sheet(sheetName).data.sortRows(fromRow, column, ascending);
  }

  insertColumnBefore(sheetName: string, column: number): void {
    this.sheet(sheetName).insertColumnsBefore(column, 1);
  }

  deleteRows(sheetName: string, row: number, howMany: number): void {
    this.sheet(sheetName).deleteRows(row, howMany);
  }

  insertRowsBefore(sheetName: string, row: number, howMany: number): void {
    this.sheet(sheetName).insertRowsBefore(row, howMany);
  }

  private snapshotCell(sheet: EmuSheet, row: number, col: number): CellSnapshot {
    const d = sheet.data;
    const validation = d.validations.get(row - 1, col - 1);
    return {
      value: d.value(row, col),
      formula: d.formulas.get(row - 1, col - 1),
      note: d.notes.get(row - 1, col - 1),
      background: d.backgrounds.get(row - 1, col - 1),
      numberFormat: d.numberFormats.get(row - 1, col - 1),
      fontWeight: d.fontWeights.get(row - 1, col - 1),
      validation: validation ? validation.describe() : null,
    };
  }

  cell(sheetName: string, a1: string): CellSnapshot {
    const sheet = this.sheet(sheetName);
    const rect = this.rect(sheet, a1);
    return this.snapshotCell(sheet, rect.row, rect.col);
  }

  /** Every cell up to the last row and column holding anything (value, formula, note, format, rule). */
  snapshot(sheetName: string): CellSnapshot[][] {
    const sheet = this.sheet(sheetName);
    const { rows, cols } = sheet.data.usedExtent();
    const out: CellSnapshot[][] = [];
    for (let r = 1; r <= rows; r++) {
      const row: CellSnapshot[] = [];
      for (let c = 1; c <= cols; c++) row.push(this.snapshotCell(sheet, r, c));
      out.push(row);
    }
    return out;
  }
}
