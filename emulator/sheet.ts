// Sheet: dimensions, ranges, row/column insertion and deletion, rules and charts. Contents live in
// SheetData; this class is the Apps Script face of it.
import { type GridRect, parseA1, splitSheetName } from './a1';
import { EmuEmbeddedChart, EmuEmbeddedChartBuilder } from './charts';
import { EmuConditionalFormatRule } from './conditional-format';
import { registerClass, unwrap } from './counting';
import { SheetData } from './data';
import type { Env } from './env';
import { EmuProtection } from './protection';
import { EmuRange } from './range';
import type { EmuSpreadsheet } from './spreadsheet';
import { EmuTextFinder } from './text-finder';
import { asGas, type GasRange, type GasSheet, type GasSpreadsheet } from './types';

type SheetMethods =
  | 'activate'
  | 'appendRow'
  | 'autoResizeColumns'
  | 'clear'
  | 'clearConditionalFormatRules'
  | 'clearContents'
  | 'clearFormats'
  | 'clearNotes'
  | 'createTextFinder'
  | 'deleteColumn'
  | 'deleteColumns'
  | 'deleteRow'
  | 'deleteRows'
  | 'getActiveRange'
  | 'getCharts'
  | 'getColumnWidth'
  | 'getConditionalFormatRules'
  | 'getDataRange'
  | 'getFrozenColumns'
  | 'getFrozenRows'
  | 'getIndex'
  | 'getLastColumn'
  | 'getLastRow'
  | 'getMaxColumns'
  | 'getMaxRows'
  | 'getName'
  | 'getParent'
  | 'getProtections'
  | 'getRange'
  | 'getSheetId'
  | 'getSheetName'
  | 'getSheetValues'
  | 'hideSheet'
  | 'insertChart'
  | 'insertColumnAfter'
  | 'insertColumnBefore'
  | 'insertColumns'
  | 'insertColumnsAfter'
  | 'insertColumnsBefore'
  | 'insertRowAfter'
  | 'insertRowBefore'
  | 'insertRows'
  | 'insertRowsAfter'
  | 'insertRowsBefore'
  | 'isSheetHidden'
  | 'newChart'
  | 'protect'
  | 'removeChart'
  | 'setColumnWidth'
  | 'setColumnWidths'
  | 'setConditionalFormatRules'
  | 'setFrozenColumns'
  | 'setFrozenRows'
  | 'setName'
  | 'showSheet'
  | 'updateChart';

export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLUMNS = 26;

export class EmuSheet implements Pick<GasSheet, SheetMethods> {
  readonly data: SheetData;
  private hidden = false;
  private frozenRows = 0;
  private frozenColumns = 0;
  private conditionalRules: EmuConditionalFormatRule[] = [];
  private charts: EmuEmbeddedChart[] = [];
  private protection: EmuProtection | undefined;

  constructor(
    readonly env: Env,
    readonly spreadsheet: EmuSpreadsheet,
    private name: string,
    private readonly id: number,
  ) {
    this.data = new SheetData(env, spreadsheet.engine, DEFAULT_ROWS, DEFAULT_COLUMNS);
  }

  private self(): GasSheet {
    return asGas(this);
  }

  private exception(message: string): Error {
    return this.env.exception(message);
  }

  // ---- ranges ----

  /** A range by 1-based position, with Sheets' checks. */
  rangeAt(row: number, col: number, numRows = 1, numCols = 1): EmuRange {
    for (const [v, what] of [
      [row, 'row'],
      [col, 'column'],
      [numRows, 'numRows'],
      [numCols, 'numColumns'],
    ] as const) {
      if (typeof v !== 'number' || !Number.isFinite(v)) {
        throw this.exception(
          `Exception: The parameters (${typeof v}) don't match the method signature (${what}).`,
        );
      }
    }
    if (numRows < 1) throw this.exception('Exception: The number of rows in the range must be at least 1.');
    if (numCols < 1)
      throw this.exception('Exception: The number of columns in the range must be at least 1.');
    if (row < 1) throw this.exception('Exception: The starting row of the range is too small.');
    if (col < 1) throw this.exception('Exception: The starting column of the range is too small.');
    const rect: GridRect = {
      row: Math.floor(row),
      col: Math.floor(col),
      numRows: Math.floor(numRows),
      numCols: Math.floor(numCols),
    };
    if (!this.data.inBounds(rect)) {
      throw this.exception(
        'Exception: The coordinates of the range are outside the dimensions of the sheet.',
      );
    }
    return new EmuRange(this, rect);
  }

  /** A range by A1 notation ('A1', 'A1:B5', 'E2:G', 'A:A', '2:4'; an own-sheet prefix is allowed). */
  rangeA1(ref: string): EmuRange {
    const { sheetName, a1 } = splitSheetName(String(ref));
    const rect = parseA1(a1, this.data.maxRows, this.data.maxCols);
    if (!rect || (sheetName !== undefined && sheetName !== this.name))
      throw this.exception('Exception: Range not found');
    return this.rangeAt(rect.row, rect.col, rect.numRows, rect.numCols);
  }

  getRange(rowOrA1: number | string, column?: number, numRows?: number, numColumns?: number): GasRange {
    if (typeof rowOrA1 === 'string') return asGas(this.rangeA1(rowOrA1));
    if (column === undefined)
      throw this.exception(
        "Exception: The parameters (number) don't match the method signature for SpreadsheetApp.Sheet.getRange.",
      );
    return asGas(this.rangeAt(rowOrA1, column, numRows, numColumns));
  }

  /** The cells holding data, for a finder over the whole sheet. */
  usedRect(): GridRect[] {
    const numRows = this.data.lastRow();
    const numCols = this.data.lastCol();
    return numRows > 0 && numCols > 0 ? [{ row: 1, col: 1, numRows, numCols }] : [];
  }

  createTextFinder(findText: string): GoogleAppsScript.Spreadsheet.TextFinder {
    return asGas(
      new EmuTextFinder(this.env, () => this.usedRect().map((rect) => ({ sheet: this, ...rect })), findText),
    );
  }

  /**
   * Sheet protection: one per sheet, as Sheets allows; protect() returns it, made if there is none
   * (https://developers.google.com/apps-script/reference/spreadsheet/sheet#protect()).
   */
  protect(): GoogleAppsScript.Spreadsheet.Protection {
    if (!this.protection || this.protection.removed) this.protection = new EmuProtection(this);
    return asGas(this.protection);
  }

  /** The sheet's protection (SHEET) or none; range protections are not emulated (RANGE gives []). */
  getProtections(
    type: GoogleAppsScript.Spreadsheet.ProtectionType,
  ): GoogleAppsScript.Spreadsheet.Protection[] {
    const sheetType = String(type) === 'SHEET';
    return sheetType && this.protection && !this.protection.removed ? [asGas(this.protection)] : [];
  }

  getDataRange(): GasRange {
    return asGas(this.rangeAt(1, 1, Math.max(1, this.data.lastRow()), Math.max(1, this.data.lastCol())));
  }

  getSheetValues(startRow: number, startColumn: number, numRows: number, numColumns: number): unknown[][] {
    const nr = numRows === -1 ? this.data.lastRow() - startRow + 1 : numRows;
    const nc = numColumns === -1 ? this.data.lastCol() - startColumn + 1 : numColumns;
    return this.rangeAt(startRow, startColumn, nr, nc).getValues();
  }

  getActiveRange(): GasRange | null {
    const active = this.spreadsheet.activeRangeRaw();
    return asGas(active.sheet === this ? active : this.rangeAt(1, 1));
  }

  // ---- identity ----

  getName(): string {
    return this.name;
  }

  getSheetName(): string {
    return this.name;
  }

  setName(name: string): GasSheet {
    const n = String(name);
    if (n !== this.name) {
      this.spreadsheet.assertNameFree(n);
      this.name = n;
      this.env.version++;
    }
    return this.self();
  }

  getSheetId(): number {
    return this.id;
  }

  /** 1-based position among the spreadsheet's sheets. */
  getIndex(): number {
    return this.spreadsheet.sheetList().indexOf(this) + 1;
  }

  getParent(): GasSpreadsheet {
    return asGas(this.spreadsheet);
  }

  activate(): GasSheet {
    this.spreadsheet.selectSheet(this);
    return this.self();
  }

  hideSheet(): GasSheet {
    this.hidden = true;
    return this.self();
  }

  showSheet(): GasSheet {
    this.hidden = false;
    return this.self();
  }

  isSheetHidden(): boolean {
    return this.hidden;
  }

  // ---- size ----

  getLastRow(): number {
    return this.data.lastRow();
  }

  getLastColumn(): number {
    return this.data.lastCol();
  }

  getMaxRows(): number {
    return this.data.maxRows;
  }

  getMaxColumns(): number {
    return this.data.maxCols;
  }

  getFrozenRows(): number {
    return this.frozenRows;
  }

  setFrozenRows(rows: number): void {
    this.frozenRows = rows;
  }

  getFrozenColumns(): number {
    return this.frozenColumns;
  }

  setFrozenColumns(columns: number): void {
    this.frozenColumns = columns;
  }

  getColumnWidth(columnPosition: number): number {
    return this.data.columnWidths.get(columnPosition) ?? 100;
  }

  setColumnWidth(columnPosition: number, width: number): GasSheet {
    this.data.columnWidths.set(columnPosition, width);
    return this.self();
  }

  setColumnWidths(startColumn: number, numColumns: number, width: number): GasSheet {
    for (let c = startColumn; c < startColumn + numColumns; c++) this.data.columnWidths.set(c, width);
    return this.self();
  }

  /** Recorded as nothing: the emulator has no text metrics. */
  autoResizeColumns(_startColumn: number, _numColumns: number): GasSheet {
    return this.self();
  }

  // ---- inserting and deleting ----

  private checkRows(row: number, howMany: number): void {
    if (!(howMany >= 1))
      throw this.exception('Exception: The number of rows to insert or delete must be at least 1.');
    if (!(row >= 1 && row <= this.data.maxRows))
      throw this.exception('Exception: Those rows are out of bounds.');
  }

  private checkColumns(col: number, howMany: number): void {
    if (!(howMany >= 1))
      throw this.exception('Exception: The number of columns to insert or delete must be at least 1.');
    if (!(col >= 1 && col <= this.data.maxCols))
      throw this.exception('Exception: Those columns are out of bounds.');
  }

  insertRowsBefore(beforePosition: number, howMany: number): GasSheet {
    this.checkRows(beforePosition, howMany);
    this.data.insertRows(beforePosition, howMany);
    return this.self();
  }

  insertRowsAfter(afterPosition: number, howMany: number): GasSheet {
    this.checkRows(afterPosition, howMany);
    this.data.insertRows(afterPosition + 1, howMany);
    return this.self();
  }

  insertRowBefore(beforePosition: number): GasSheet {
    return this.insertRowsBefore(beforePosition, 1);
  }

  insertRowAfter(afterPosition: number): GasSheet {
    return this.insertRowsAfter(afterPosition, 1);
  }

  insertRows(rowIndex: number, numRows = 1): void {
    this.insertRowsBefore(rowIndex, numRows);
  }

  insertColumnsBefore(beforePosition: number, howMany: number): GasSheet {
    this.checkColumns(beforePosition, howMany);
    this.data.insertCols(beforePosition, howMany);
    return this.self();
  }

  insertColumnsAfter(afterPosition: number, howMany: number): GasSheet {
    this.checkColumns(afterPosition, howMany);
    this.data.insertCols(afterPosition + 1, howMany);
    return this.self();
  }

  insertColumnBefore(beforePosition: number): GasSheet {
    return this.insertColumnsBefore(beforePosition, 1);
  }

  insertColumnAfter(afterPosition: number): GasSheet {
    return this.insertColumnsAfter(afterPosition, 1);
  }

  insertColumns(columnIndex: number, numColumns = 1): void {
    this.insertColumnsBefore(columnIndex, numColumns);
  }

  deleteRows(rowPosition: number, howMany: number): void {
    this.checkRows(rowPosition, howMany);
    if (rowPosition + howMany - 1 > this.data.maxRows)
      throw this.exception('Exception: Those rows are out of bounds.');
    if (howMany >= this.data.maxRows - this.frozenRows) {
      throw this.exception('Exception: Sorry, it is not possible to delete all non-frozen rows.');
    }
    this.data.deleteRows(rowPosition, howMany);
  }

  deleteRow(rowPosition: number): GasSheet {
    this.deleteRows(rowPosition, 1);
    return this.self();
  }

  deleteColumns(columnPosition: number, howMany: number): void {
    this.checkColumns(columnPosition, howMany);
    if (columnPosition + howMany - 1 > this.data.maxCols) {
      throw this.exception('Exception: Those columns are out of bounds.');
    }
    if (howMany >= this.data.maxCols - this.frozenColumns) {
      throw this.exception('Exception: Sorry, it is not possible to delete all non-frozen columns.');
    }
    this.data.deleteCols(columnPosition, howMany);
  }

  deleteColumn(columnPosition: number): GasSheet {
    this.deleteColumns(columnPosition, 1);
    return this.self();
  }

  /** Writes after the last row with content, adding rows/columns when the sheet is full. */
  appendRow(rowContents: unknown[]): GasSheet {
    if (!Array.isArray(rowContents)) throw this.exception('Exception: Invalid argument: rowContents');
    const rect = {
      row: this.data.lastRow() + 1,
      col: 1,
      numRows: 1,
      numCols: Math.max(1, rowContents.length),
    };
    this.data.growTo(rect);
    this.data.writeValues(rect.row, 1, [rowContents]);
    return this.self();
  }

  // ---- clearing ----

  private all(): GridRect {
    return { row: 1, col: 1, numRows: this.data.maxRows, numCols: this.data.maxCols };
  }

  clear(options?: { formatOnly?: boolean; contentsOnly?: boolean }): GasSheet {
    if (!options?.formatOnly || options.contentsOnly) this.data.clearContent(this.all());
    if (!options?.contentsOnly || options.formatOnly) this.data.clearFormats(this.all());
    return this.self();
  }

  clearContents(): GasSheet {
    this.data.clearContent(this.all());
    return this.self();
  }

  clearFormats(): GasSheet {
    this.data.clearFormats(this.all());
    return this.self();
  }

  clearNotes(): GasSheet {
    this.data.notes.clear();
    return this.self();
  }

  // ---- conditional formats ----

  getConditionalFormatRules(): GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] {
    return asGas([...this.conditionalRules]);
  }

  setConditionalFormatRules(rules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[]): void {
    if (!Array.isArray(rules)) throw this.exception('Exception: Invalid argument: rules');
    this.conditionalRules = rules.map((r) => {
      const raw = unwrap(r);
      if (!(raw instanceof EmuConditionalFormatRule))
        throw this.exception('Exception: Invalid argument: rules');
      return raw;
    });
  }

  clearConditionalFormatRules(): void {
    this.conditionalRules = [];
  }

  // ---- charts ----

  newChart(): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
    return asGas(new EmuEmbeddedChartBuilder(this.env));
  }

  private chartArg(chart: unknown): EmuEmbeddedChart {
    const raw = unwrap(chart);
    if (!(raw instanceof EmuEmbeddedChart)) throw this.exception('Exception: Invalid argument: chart');
    return raw;
  }

  getCharts(): GoogleAppsScript.Spreadsheet.EmbeddedChart[] {
    return asGas([...this.charts]);
  }

  insertChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    const raw = this.chartArg(chart);
    if (raw.state.chartId === null) raw.state.chartId = this.spreadsheet.nextChartId();
    this.charts.push(raw);
  }

  updateChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    const raw = this.chartArg(chart);
    const i = this.charts.findIndex((c) => c.state.chartId === raw.state.chartId);
    if (raw.state.chartId === null || i < 0)
      throw this.exception('Exception: The chart does not exist in this sheet.');
    this.charts[i] = raw;
  }

  removeChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    const raw = this.chartArg(chart);
    this.charts = this.charts.filter((c) => c.state.chartId !== raw.state.chartId);
  }
}
registerClass(EmuSheet, 'Sheet', 'spreadsheet');
