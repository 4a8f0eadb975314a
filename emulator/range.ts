// Range: a fixed rectangle of a sheet (1-based). Reads return fresh arrays; writes go through the sheet's
// layers. Like Apps Script, a Range does not move when rows or columns are inserted before it.
import { type GridRect, toA1 } from './a1';
import { registerClass, unwrap } from './counting';
import type { StoredValidation } from './data';
import { displayValue } from './format';
import { EmuRichTextValue } from './rich-text';
import type { EmuSheet } from './sheet';
import { EmuTextFinder } from './text-finder';
import { asGas, type GasRange, type GasSheet } from './types';
import { checkboxCriteria, EmuDataValidation } from './validation';

type Validation = GoogleAppsScript.Spreadsheet.DataValidation;
type FontWeight = GoogleAppsScript.Spreadsheet.FontWeight;

type RangeMethods =
  | 'activate'
  | 'clear'
  | 'clearContent'
  | 'clearDataValidations'
  | 'clearFormat'
  | 'clearNote'
  | 'createTextFinder'
  | 'getA1Notation'
  | 'getBackground'
  | 'getBackgrounds'
  | 'getCell'
  | 'getColumn'
  | 'getDataValidation'
  | 'getDataValidations'
  | 'getDisplayValue'
  | 'getDisplayValues'
  | 'getFontWeight'
  | 'getFontWeights'
  | 'getFormula'
  | 'getFormulas'
  | 'getGridId'
  | 'getHeight'
  | 'getLastColumn'
  | 'getLastRow'
  | 'getNote'
  | 'getNotes'
  | 'getNumColumns'
  | 'getNumRows'
  | 'getNumberFormat'
  | 'getNumberFormats'
  | 'getRichTextValue'
  | 'getRichTextValues'
  | 'getRow'
  | 'getRowIndex'
  | 'getSheet'
  | 'getValue'
  | 'getValues'
  | 'getWidth'
  | 'insertCheckboxes'
  | 'isBlank'
  | 'offset'
  | 'setBackground'
  | 'setBackgrounds'
  | 'setDataValidation'
  | 'setDataValidations'
  | 'setFontColor'
  | 'setFontWeight'
  | 'setFontWeights'
  | 'setFormula'
  | 'setFormulas'
  | 'setNote'
  | 'setNotes'
  | 'setNumberFormat'
  | 'setNumberFormats'
  | 'setRichTextValue'
  | 'setValue'
  | 'setValues';

/** Sheet names that need quotes in A1 references ('My sheet'!A1). */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export class EmuRange implements Pick<GasRange, RangeMethods> {
  constructor(
    readonly sheet: EmuSheet,
    readonly rect: GridRect,
  ) {}

  private get data() {
    return this.sheet.data;
  }

  private self(): GasRange {
    return asGas(this);
  }

  private exception(message: string): Error {
    return this.sheet.env.exception(message);
  }

  /** 'Sheet1!A1:B2', for descriptions of validations and rules. */
  refText(): string {
    return `${quoteSheetName(this.sheet.getName())}!${toA1(this.rect)}`;
  }

  /** Throws Sheets' messages unless `values` is a 2-D array of exactly this range's shape. */
  private checkShape(values: unknown, method: string): asserts values is unknown[][] {
    const { numRows, numCols } = this.rect;
    if (!Array.isArray(values) || values.some((r) => !Array.isArray(r))) {
      throw this.exception(
        `Exception: The parameters (${Array.isArray(values) ? 'number[]' : typeof values}) don't match the method signature for SpreadsheetApp.Range.${method}.`,
      );
    }
    if (values.length !== numRows) {
      throw this.exception(
        `Exception: The number of rows in the data does not match the number of rows in the range. The data has ${values.length} but the range has ${numRows}.`,
      );
    }
    for (const row of values as unknown[][]) {
      if (row.length !== numCols) {
        throw this.exception(
          `Exception: The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${numCols}.`,
        );
      }
    }
  }

  private filled<T>(v: T): T[][] {
    return Array.from({ length: this.rect.numRows }, () => new Array<T>(this.rect.numCols).fill(v));
  }

  /** Reads one layer of the range as a fresh 2-D array. */
  private readLayer<T>(layer: { read(r0: number, c0: number, nr: number, nc: number): T[][] }): T[][] {
    const { row, col, numRows, numCols } = this.rect;
    return layer.read(row - 1, col - 1, numRows, numCols);
  }

  private writeLayer<T>(
    layer: { write(r0: number, c0: number, values: readonly (readonly T[])[]): void },
    values: T[][],
  ) {
    layer.write(this.rect.row - 1, this.rect.col - 1, values);
  }

  // ---- position ----

  activate(): GasRange {
    this.sheet.spreadsheet.selectRange(this);
    return this.self();
  }

  getA1Notation(): string {
    return toA1(this.rect);
  }

  getCell(row: number, column: number): GasRange {
    if (row < 1 || column < 1 || row > this.rect.numRows || column > this.rect.numCols) {
      throw this.exception('Exception: Cell reference out of range');
    }
    return asGas(this.sheet.rangeAt(this.rect.row + row - 1, this.rect.col + column - 1, 1, 1));
  }

  getColumn(): number {
    return this.rect.col;
  }

  getGridId(): number {
    return this.sheet.getSheetId();
  }

  getHeight(): number {
    return this.rect.numRows;
  }

  getLastColumn(): number {
    return this.rect.col + this.rect.numCols - 1;
  }

  getLastRow(): number {
    return this.rect.row + this.rect.numRows - 1;
  }

  getNumColumns(): number {
    return this.rect.numCols;
  }

  getNumRows(): number {
    return this.rect.numRows;
  }

  getRow(): number {
    return this.rect.row;
  }

  getRowIndex(): number {
    return this.rect.row;
  }

  getSheet(): GasSheet {
    return asGas(this.sheet);
  }

  getWidth(): number {
    return this.rect.numCols;
  }

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): GasRange {
    return asGas(
      this.sheet.rangeAt(
        this.rect.row + rowOffset,
        this.rect.col + columnOffset,
        numRows ?? this.rect.numRows,
        numColumns ?? this.rect.numCols,
      ),
    );
  }

  /** A finder over this range's cells (see text-finder.ts). */
  createTextFinder(findText: string): GoogleAppsScript.Spreadsheet.TextFinder {
    return asGas(new EmuTextFinder(this.sheet.env, () => [{ sheet: this.sheet, ...this.rect }], findText));
  }

  // ---- values and formulas ----

  getValues(): unknown[][] {
    return this.data.readValues(this.rect);
  }

  getValue(): unknown {
    return this.data.value(this.rect.row, this.rect.col);
  }

  getDisplayValues(): string[][] {
    const values = this.data.readValues(this.rect);
    const formats = this.readLayer(this.data.numberFormats);
    const tz = this.sheet.spreadsheet.getSpreadsheetTimeZone();
    return values.map((row, i) => row.map((v, j) => displayValue(v, formats[i][j], tz)));
  }

  getDisplayValue(): string {
    const { row, col } = this.rect;
    const tz = this.sheet.spreadsheet.getSpreadsheetTimeZone();
    return displayValue(this.data.value(row, col), this.data.numberFormats.get(row - 1, col - 1), tz);
  }

  setValues(values: unknown[][]): GasRange {
    this.checkShape(values, 'setValues');
    this.data.writeValues(this.rect.row, this.rect.col, values);
    return this.self();
  }

  /** Like Sheets, sets every cell of the range to the value. */
  setValue(value: unknown): GasRange {
    this.data.writeValues(this.rect.row, this.rect.col, this.filled(value));
    return this.self();
  }

  getFormulas(): string[][] {
    return this.readLayer(this.data.formulas);
  }

  getFormula(): string {
    return this.data.formulas.get(this.rect.row - 1, this.rect.col - 1);
  }

  setFormulas(formulas: string[][]): GasRange {
    this.checkShape(formulas, 'setFormulas');
    this.data.writeFormulas(this.rect.row, this.rect.col, formulas);
    return this.self();
  }

  /** Every cell gets the same text (Sheets would shift relative references; the emulator does not). */
  setFormula(formula: string): GasRange {
    this.data.writeFormulas(this.rect.row, this.rect.col, this.filled(formula));
    return this.self();
  }

  isBlank(): boolean {
    const formulas = this.getFormulas();
    return this.getValues().every((row, i) => row.every((v, j) => v === '' && formulas[i][j] === ''));
  }

  clearContent(): GasRange {
    this.data.clearContent(this.rect);
    return this.self();
  }

  /** No options: contents and formats. With options, only what they name. */
  clear(options?: {
    commentsOnly?: boolean;
    contentsOnly?: boolean;
    formatOnly?: boolean;
    validationsOnly?: boolean;
    skipFilteredRows?: boolean;
  }): GasRange {
    const o = options ?? {};
    const only = o.commentsOnly || o.contentsOnly || o.formatOnly || o.validationsOnly;
    if (!only || o.contentsOnly) this.data.clearContent(this.rect);
    if (!only || o.formatOnly) this.data.clearFormats(this.rect);
    if (o.validationsOnly) this.clearDataValidations();
    if (o.commentsOnly) this.clearNote();
    return this.self();
  }

  clearFormat(): GasRange {
    this.data.clearFormats(this.rect);
    return this.self();
  }

  // ---- rich text (a link over the whole text) ----

  /** Every cell of the range gets the text and its link, as Sheets does. */
  setRichTextValue(value: GoogleAppsScript.Spreadsheet.RichTextValue): GasRange {
    const raw = unwrap(value);
    if (!(raw instanceof EmuRichTextValue))
      throw this.exception(
        "Exception: The parameters (String) don't match the method signature for SpreadsheetApp.Range.setRichTextValue.",
      );
    // Rich text is text: "2026" or "=1" stay as written.
    this.data.writeValues(this.rect.row, this.rect.col, this.filled(`'${raw.getText()}`));
    this.writeLayer(this.data.links, this.filled(raw.getLinkUrl() ?? ''));
    return this.self();
  }

  /** The top-left cell's text and link (null for a cell holding a number or a formula, as in Sheets). */
  getRichTextValue(): GoogleAppsScript.Spreadsheet.RichTextValue | null {
    const { row, col } = this.rect;
    const value = this.data.value(row, col);
    if (this.data.formulas.get(row - 1, col - 1) !== '' || (typeof value !== 'string' && value !== ''))
      return null;
    const link = this.data.links.get(row - 1, col - 1);
    return asGas(new EmuRichTextValue(String(value), link === '' ? null : link));
  }

  /** Every cell's text and link, by the same rule as getRichTextValue (null for numbers and formulas). */
  getRichTextValues(): (GoogleAppsScript.Spreadsheet.RichTextValue | null)[][] {
    const values = this.data.readValues(this.rect);
    const formulas = this.readLayer(this.data.formulas);
    const links = this.readLayer(this.data.links);
    return values.map((cells, r) =>
      cells.map((value, c) =>
        formulas[r][c] !== '' || (typeof value !== 'string' && value !== '')
          ? null
          : asGas(new EmuRichTextValue(String(value), links[r][c] === '' ? null : links[r][c])),
      ),
    );
  }

  // ---- notes ----

  getNotes(): string[][] {
    return this.readLayer(this.data.notes);
  }

  getNote(): string {
    return this.data.notes.get(this.rect.row - 1, this.rect.col - 1);
  }

  setNotes(notes: (string | null)[][]): GasRange {
    this.checkShape(notes, 'setNotes');
    this.writeLayer(
      this.data.notes,
      notes.map((r) => r.map((n) => (n == null ? '' : String(n)))),
    );
    return this.self();
  }

  setNote(note: string | null): GasRange {
    this.writeLayer(this.data.notes, this.filled(note == null ? '' : String(note)));
    return this.self();
  }

  clearNote(): GasRange {
    return this.setNote(null);
  }

  // ---- formats ----

  getBackgrounds(): string[][] {
    return this.readLayer(this.data.backgrounds);
  }

  getBackground(): string {
    return this.data.backgrounds.get(this.rect.row - 1, this.rect.col - 1);
  }

  setBackgrounds(colors: (string | null)[][]): GasRange {
    this.checkShape(colors, 'setBackgrounds');
    this.writeLayer(
      this.data.backgrounds,
      colors.map((r) => r.map((c) => normalizeColor(c, this.data.backgrounds.blank))),
    );
    return this.self();
  }

  setBackground(color: string | null): GasRange {
    this.writeLayer(this.data.backgrounds, this.filled(normalizeColor(color, this.data.backgrounds.blank)));
    return this.self();
  }

  setFontColor(color: string | null): GasRange {
    this.writeLayer(this.data.fontColors, this.filled(normalizeColor(color, this.data.fontColors.blank)));
    return this.self();
  }

  getNumberFormats(): string[][] {
    return this.readLayer(this.data.numberFormats);
  }

  getNumberFormat(): string {
    return this.data.numberFormats.get(this.rect.row - 1, this.rect.col - 1);
  }

  setNumberFormat(numberFormat: string): GasRange {
    this.writeLayer(this.data.numberFormats, this.filled(String(numberFormat)));
    return this.self();
  }

  setNumberFormats(numberFormats: string[][]): GasRange {
    this.checkShape(numberFormats, 'setNumberFormats');
    this.writeLayer(
      this.data.numberFormats,
      numberFormats.map((r) => r.map(String)),
    );
    return this.self();
  }

  getFontWeights(): FontWeight[][] {
    return this.readLayer(this.data.fontWeights) as FontWeight[][];
  }

  getFontWeight(): FontWeight {
    return this.data.fontWeights.get(this.rect.row - 1, this.rect.col - 1) as FontWeight;
  }

  setFontWeight(fontWeight: FontWeight | null): GasRange {
    this.writeLayer(this.data.fontWeights, this.filled(fontWeight ?? 'normal'));
    return this.self();
  }

  setFontWeights(fontWeights: (FontWeight | null)[][]): GasRange {
    this.checkShape(fontWeights, 'setFontWeights');
    this.writeLayer(
      this.data.fontWeights,
      fontWeights.map((r) => r.map((w) => w ?? 'normal')),
    );
    return this.self();
  }

  // ---- data validation ----

  private toStored(rule: unknown): StoredValidation | null {
    if (rule == null) return null;
    const raw = unwrap(rule);
    if (!(raw instanceof EmuDataValidation)) throw this.exception('Exception: Invalid argument: rule');
    // A rule read with getDataValidations and written back loses what the API cannot see (a
    // dropdown's chip or arrow style), so rewriting someone's rule is never harmless.
    return raw.asWritten();
  }

  getDataValidations(): (Validation | null)[][] {
    return asGas(this.readLayer(this.data.validations));
  }

  getDataValidation(): Validation | null {
    return asGas(this.data.validations.get(this.rect.row - 1, this.rect.col - 1));
  }

  setDataValidation(rule: Validation | null): GasRange {
    this.writeLayer(this.data.validations, this.filled(this.toStored(rule)));
    return this.self();
  }

  setDataValidations(rules: (Validation | null)[][]): GasRange {
    this.checkShape(rules, 'setDataValidations');
    this.writeLayer(
      this.data.validations,
      rules.map((r) => r.map((rule) => this.toStored(rule))),
    );
    return this.self();
  }

  clearDataValidations(): GasRange {
    return this.setDataValidation(null);
  }

  /** Checkbox validation on every cell; blank cells get the unchecked value (FALSE by default). */
  insertCheckboxes(checkedValue?: unknown, uncheckedValue?: unknown): GasRange {
    const args = checkboxCriteria(checkedValue, uncheckedValue);
    const rule = new EmuDataValidation(this.sheet.env, 'CHECKBOX', args, false, '');
    this.writeLayer(this.data.validations, this.filled<StoredValidation | null>(rule));
    const unchecked =
      uncheckedValue === undefined ? (checkedValue === undefined ? false : '') : uncheckedValue;
    const values = this.getValues();
    const formulas = this.getFormulas();
    const { row, col } = this.rect;
    values.forEach((r, i) => {
      r.forEach((v, j) => {
        if (v === '' && formulas[i][j] === '') this.data.writeValues(row + i, col + j, [[unchecked]]);
      });
    });
    return this.self();
  }
}
registerClass(EmuRange, 'Range', 'spreadsheet');

const NAMED_COLORS: Record<string, string> = {
  white: '#ffffff',
  black: '#000000',
  red: '#ff0000',
  green: '#008000',
  blue: '#0000ff',
  yellow: '#ffff00',
  orange: '#ffa500',
  gray: '#808080',
  grey: '#808080',
};

/** Sheets reports colours as lowercase '#rrggbb'; null resets to the default. */
function normalizeColor(color: string | null | undefined, fallback: string): string {
  if (color == null || color === '') return fallback;
  const c = String(color).trim().toLowerCase();
  if (NAMED_COLORS[c]) return NAMED_COLORS[c];
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(c);
  return short ? `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}` : c;
}
