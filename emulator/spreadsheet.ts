// Spreadsheet: its sheets, the active sheet/selection, toasts and time zone. Also owns the formula
// engine, since a formula may read any sheet.
import { splitSheetName } from './a1';
import { registerClass, unwrap } from './counting';
import type { Env } from './env';
import { FormulaEngine } from './formulas';
import { EmuRange } from './range';
import { EmuRangeList } from './range-list';
import { EmuSheet } from './sheet';
import { EmuTextFinder } from './text-finder';
import { asGas, type GasRange, type GasSheet } from './types';

type SpreadsheetMethods =
  | 'createTextFinder'
  | 'deleteSheet'
  | 'getActiveCell'
  | 'getActiveRange'
  | 'getActiveRangeList'
  | 'getActiveSheet'
  | 'getId'
  | 'getName'
  | 'getNumSheets'
  | 'getRange'
  | 'getSheetByName'
  | 'getSheets'
  | 'getSpreadsheetLocale'
  | 'getSpreadsheetTimeZone'
  | 'getUrl'
  | 'insertSheet'
  | 'rename'
  | 'setActiveRange'
  | 'setActiveSelection'
  | 'setActiveSheet'
  | 'setSpreadsheetLocale'
  | 'setSpreadsheetTimeZone'
  | 'toast';

type InsertOptions = { template?: GasSheet };

export class EmuSpreadsheet implements Pick<GoogleAppsScript.Spreadsheet.Spreadsheet, SpreadsheetMethods> {
  readonly engine: FormulaEngine;
  readonly id: string;
  private sheets: EmuSheet[] = [];
  private activeSheet: EmuSheet;
  private activeRange: EmuRange | undefined;
  /** A Ctrl-selection: several ranges, the last of which is the active range. */
  private activeRanges: readonly EmuRange[] = [];
  private sheetIds = 0;
  private chartIds = 0;
  private timeZone: string;

  constructor(
    private readonly env: Env,
    private name: string,
  ) {
    this.id = env.project.spreadsheetId();
    this.timeZone = env.scriptTimeZone;
    this.engine = new FormulaEngine(env, () => this.sheets);
    // A new spreadsheet has one sheet, 'Sheet1', with id 0 (its gid in the URL).
    this.activeSheet = this.addSheet('Sheet1', 0);
  }

  // ---- internal helpers (uncounted; used by other emulated objects and by user actions) ----

  sheetList(): readonly EmuSheet[] {
    return this.sheets;
  }

  findSheet(name: string): EmuSheet | undefined {
    return this.sheets.find((s) => s.getName() === name);
  }

  /** Sheet names are unique regardless of case. */
  assertNameFree(name: string): void {
    if (this.sheets.some((s) => s.getName().toLowerCase() === name.toLowerCase())) {
      throw this.env.exception(
        `Exception: A sheet with the name "${name}" already exists. Please enter another name.`,
      );
    }
  }

  addSheet(name: string, index: number): EmuSheet {
    this.assertNameFree(name);
    // Sheet1 has gid 0; later sheets get large ids, as in Sheets.
    const id = this.sheetIds === 0 ? 0 : 1000000000 + this.sheetIds * 7919;
    this.sheetIds++;
    const sheet = new EmuSheet(this.env, this, name, id);
    this.sheets.splice(Math.max(0, Math.min(index, this.sheets.length)), 0, sheet);
    this.env.version++;
    return sheet;
  }

  nextChartId(): number {
    return ++this.chartIds;
  }

  selectSheet(sheet: EmuSheet): void {
    this.activeSheet = sheet;
    if (this.activeRange?.sheet !== sheet) {
      this.activeRange = undefined;
      this.activeRanges = [];
    }
  }

  selectRange(range: EmuRange): void {
    this.selectRanges([range]);
  }

  /** Ranges of one sheet; the last is the active range, as after a Ctrl-selection. */
  selectRanges(ranges: readonly EmuRange[]): void {
    const last = ranges[ranges.length - 1];
    this.activeSheet = last.sheet;
    this.activeRange = last;
    this.activeRanges = [...ranges];
  }

  /** The selection: the active range, or A1 of the active sheet. */
  activeRangeRaw(): EmuRange {
    return this.activeRange ?? this.activeSheet.rangeAt(1, 1);
  }

  private sheetArg(sheet: unknown): EmuSheet {
    const raw = unwrap(sheet);
    if (!(raw instanceof EmuSheet) || !this.sheets.includes(raw)) {
      throw this.env.exception('Exception: Invalid argument: sheet');
    }
    return raw;
  }

  // ---- Apps Script API ----

  /** A finder over every sheet, in tab order (see text-finder.ts). */
  createTextFinder(findText: string): GoogleAppsScript.Spreadsheet.TextFinder {
    const area = () => this.sheets.flatMap((sheet) => sheet.usedRect().map((rect) => ({ sheet, ...rect })));
    return asGas(new EmuTextFinder(this.env, area, findText));
  }

  getId(): string {
    return this.id;
  }

  getName(): string {
    return this.name;
  }

  rename(newName: string): void {
    this.name = String(newName);
  }

  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
  }

  getSheets(): GasSheet[] {
    return asGas([...this.sheets]);
  }

  getNumSheets(): number {
    return this.sheets.length;
  }

  getSheetByName(name: string): GasSheet | null {
    return asGas(this.findSheet(String(name)) ?? null);
  }

  /**
   * insertSheet(), (index), (name), (name, index), with optional options (template is ignored).
   * The index is 0-based; without one the sheet goes last. The new sheet becomes active.
   */
  insertSheet(
    nameOrIndex?: string | number | InsertOptions,
    indexOrOptions?: number | InsertOptions,
    _options?: InsertOptions,
  ): GasSheet {
    let name: string | undefined;
    let index = this.sheets.length;
    if (typeof nameOrIndex === 'string') name = nameOrIndex;
    else if (typeof nameOrIndex === 'number') index = nameOrIndex;
    if (typeof indexOrOptions === 'number') index = indexOrOptions;
    if (name === undefined) {
      let n = this.sheets.length + 1;
      while (this.sheets.some((s) => s.getName().toLowerCase() === `sheet${n}`)) n++;
      name = `Sheet${n}`;
    }
    const sheet = this.addSheet(name, index);
    this.selectSheet(sheet);
    return asGas(sheet);
  }

  deleteSheet(sheet: GasSheet): void {
    const raw = this.sheetArg(sheet);
    if (this.sheets.length === 1)
      throw this.env.exception("Exception: You can't remove all the sheets in a document.");
    this.sheets = this.sheets.filter((s) => s !== raw);
    if (this.activeSheet === raw) this.selectSheet(this.sheets[0]);
    this.env.version++;
  }

  getActiveSheet(): GasSheet {
    return asGas(this.activeSheet);
  }

  setActiveSheet(sheet: GasSheet, _restoreSelection?: boolean): GasSheet {
    const raw = this.sheetArg(sheet);
    this.selectSheet(raw);
    return asGas(raw);
  }

  getActiveRange(): GasRange | null {
    return asGas(this.activeRangeRaw());
  }

  /** All selected ranges of the active sheet (one unless Ctrl-selected); null with no selection. */
  getActiveRangeList(): GoogleAppsScript.Spreadsheet.RangeList | null {
    const ranges = this.activeRanges.length ? this.activeRanges : [this.activeRangeRaw()];
    return asGas(new EmuRangeList(ranges));
  }

  getActiveCell(): GasRange {
    const r = this.activeRangeRaw();
    return asGas(r.sheet.rangeAt(r.rect.row, r.rect.col));
  }

  setActiveRange(range: GasRange): GasRange {
    const raw = unwrap(range);
    if (!(raw instanceof EmuRange) || !this.sheets.includes(raw.sheet))
      throw this.env.exception('Exception: Invalid argument: range');
    this.selectRange(raw);
    return range;
  }

  setActiveSelection(range: GasRange | string): GasRange {
    return this.setActiveRange(typeof range === 'string' ? this.getRange(range) : range);
  }

  /** 'A1:B2' on the active sheet, or 'Sheet name!A1:B2'. */
  getRange(a1Notation: string): GasRange {
    const { sheetName, a1 } = splitSheetName(String(a1Notation));
    const sheet = sheetName === undefined ? this.activeSheet : this.findSheet(sheetName);
    if (!sheet) throw this.env.exception('Exception: Range not found');
    return asGas(sheet.rangeA1(a1));
  }

  getSpreadsheetTimeZone(): string {
    return this.timeZone;
  }

  setSpreadsheetTimeZone(timezone: string): void {
    this.timeZone = String(timezone);
  }

  /** Formulas are parsed in this locale, and numbers typed as text are read in it. */
  getSpreadsheetLocale(): string {
    return this.env.locale;
  }

  setSpreadsheetLocale(locale: string): void {
    this.env.locale = String(locale);
    this.env.version++;
  }

  toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    const toast: { message: string; title?: string; timeoutSeconds?: number } = { message: String(msg) };
    if (title !== undefined) toast.title = String(title);
    if (timeoutSeconds != null) toast.timeoutSeconds = timeoutSeconds;
    this.env.ui.toasts.push(toast);
  }
}
registerClass(EmuSpreadsheet, 'Spreadsheet', 'spreadsheet');
