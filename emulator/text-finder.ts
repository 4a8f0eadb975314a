// TextFinder: find (and replace) text in a range, a sheet or every sheet of the spreadsheet, as
// Google's reference describes it (https://developers.google.com/apps-script/reference/spreadsheet/text-finder,
// and createTextFinder on Range, Sheet and Spreadsheet):
// - the search is case-insensitive and matches part of a cell unless matchCase(true) /
//   matchEntireCell(true);
// - cells are compared by their displayed value; with matchFormulaText(true) a formula cell is
//   compared by its formula text instead;
// - useRegularExpression(true) reads the text as a pattern; ignoreDiacritics(true) ignores accents;
// - cells are visited row by row, left to right, sheet after sheet; findNext/findPrevious move from
//   the current match (or from just after startFrom's range) and return null past the last one.
// Counting: configuring a finder only shapes a search that has not run yet, so createTextFinder and
// the option setters are handles (see HANDLE_METHODS in counting.ts); findAll, findNext,
// findPrevious, replaceAllWith and replaceWith each reach the Sheets backend once.
import { registerClass } from './counting';
import type { Env } from './env';
import { DEFAULT_NUMBER_FORMAT, displayValue } from './format';
import type { EmuRange } from './range';
import type { EmuSheet } from './sheet';
import { asGas, type GasRange } from './types';
import { isDate } from './values';

type TextFinder = GoogleAppsScript.Spreadsheet.TextFinder;

interface Match {
  readonly sheet: EmuSheet;
  readonly row: number;
  readonly col: number;
}

/** Where a finder looks: rectangles of sheets, in search order. */
export type SearchArea = () => ReadonlyArray<{
  sheet: EmuSheet;
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}>;

/** Display text by number format, then by cell value (a date by its time). */
type Memo = Map<string, Map<unknown, string>>;

const stripDiacritics = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '');

export class EmuTextFinder implements TextFinder {
  private caseSensitive = false;
  private entireCell = false;
  private formulaText = false;
  private regularExpression = false;
  private noDiacritics = false;
  private current: Match | undefined;
  /** Search starts after this cell (startFrom), when there is no current match. */
  private after: Match | undefined;

  constructor(
    private readonly env: Env,
    private readonly area: SearchArea,
    private readonly findText: string,
  ) {
    if (typeof findText !== 'string' || findText === '')
      throw env.exception('Exception: Invalid argument: findText');
  }

  private self(): TextFinder {
    return asGas(this);
  }

  matchCase(matchCase: boolean): TextFinder {
    this.caseSensitive = Boolean(matchCase);
    return this.self();
  }

  matchEntireCell(matchEntireCell: boolean): TextFinder {
    this.entireCell = Boolean(matchEntireCell);
    return this.self();
  }

  matchFormulaText(matchFormulaText: boolean): TextFinder {
    this.formulaText = Boolean(matchFormulaText);
    return this.self();
  }

  useRegularExpression(useRegEx: boolean): TextFinder {
    this.regularExpression = Boolean(useRegEx);
    return this.self();
  }

  ignoreDiacritics(ignoreDiacritics: boolean): TextFinder {
    this.noDiacritics = Boolean(ignoreDiacritics);
    return this.self();
  }

  startFrom(startRange: GasRange): TextFinder {
    const range = startRange as unknown as EmuRange;
    const { row, col, numRows, numCols } = range.rect;
    this.after = { sheet: range.sheet, row: row + numRows - 1, col: col + numCols - 1 };
    this.current = undefined;
    return this.self();
  }

  /** The pattern every cell's text is tested with (global, for replacing). */
  private pattern(): RegExp {
    const normalise = (text: string) => (this.noDiacritics ? stripDiacritics(text) : text);
    const source = this.regularExpression
      ? normalise(this.findText)
      : normalise(this.findText).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const whole = this.entireCell ? `^(?:${source})$` : source;
    try {
      return new RegExp(whole, `g${this.caseSensitive ? '' : 'i'}u`);
    } catch {
      throw this.env.exception(`Exception: Invalid regular expression: ${this.findText}`);
    }
  }

  /**
   * The text a cell holding `value` is compared by. Display values are remembered per format and
   * value during one search: formatting a date is slow, and a sheet repeats the same dates and
   * amounts many times.
   */
  private cellText(sheet: EmuSheet, row: number, col: number, value: unknown, memo: Memo): string {
    const data = sheet.data;
    if (this.formulaText) {
      const formula = data.formulas.get(row - 1, col - 1);
      if (formula !== '') return formula;
    }
    if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
    const format = data.numberFormats.get(row - 1, col - 1);
    // A number in the default format shows as itself (see displayValue).
    if (typeof value === 'number' && (format === DEFAULT_NUMBER_FORMAT || format === ''))
      return String(value);
    const date = isDate(value);
    const kind = date ? `date ${format}` : format;
    let byValue = memo.get(kind);
    if (!byValue) {
      byValue = new Map();
      memo.set(kind, byValue);
    }
    const key = date ? value.getTime() : value;
    let text = byValue.get(key);
    if (text === undefined) {
      text = displayValue(value, format, sheet.spreadsheet.getSpreadsheetTimeZone());
      if (this.noDiacritics) text = stripDiacritics(text);
      byValue.set(key, text);
    }
    return text;
  }

  private matches(): Match[] {
    const pattern = this.pattern();
    const found: Match[] = [];
    const memo: Memo = new Map();
    const find = this.findText;
    const formulaText = this.formulaText;
    // Text cells are their own display value, unless accents are to be ignored.
    const plainStrings = !formulaText && !this.noDiacritics;
    // Whole cells, case and all, as plain text: an equality test says the same as the pattern.
    const exact = this.entireCell && this.caseSensitive && !this.regularExpression && !this.noDiacritics;
    const test = (text: string) => {
      if (exact) return text === find;
      pattern.lastIndex = 0;
      return pattern.test(text);
    };
    for (const { sheet, row, col, numRows, numCols } of this.area()) {
      const values = sheet.data.readValues({ row, col, numRows, numCols });
      const formulas = sheet.data.formulas;
      for (let i = 0; i < numRows; i++) {
        const cells = values[i];
        for (let j = 0; j < numCols; j++) {
          const v = cells[j];
          // Blank cells never match (a formula showing blank may, by its text).
          if (v === '' && (!formulaText || formulas.get(row + i - 1, col + j - 1) === '')) continue;
          const text =
            plainStrings && typeof v === 'string' ? v : this.cellText(sheet, row + i, col + j, v, memo);
          if (test(text)) found.push({ sheet, row: row + i, col: col + j });
        }
      }
    }
    return found;
  }

  private rangeOf(match: Match): GasRange {
    return asGas(match.sheet.rangeAt(match.row, match.col));
  }

  findAll(): GasRange[] {
    return this.matches().map((m) => this.rangeOf(m));
  }

  /** Index of the first match after `from` in search order (sheet order, then row, then column). */
  private position(matches: Match[], from: Match | undefined, direction: 1 | -1): number {
    if (!from) return direction === 1 ? 0 : matches.length - 1;
    const sheets = this.area().map((a) => a.sheet);
    const key = (m: Match) => [sheets.indexOf(m.sheet), m.row, m.col];
    const compare = (a: Match, b: Match) => {
      const [x, y] = [key(a), key(b)];
      for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i] - y[i];
      return 0;
    };
    if (direction === 1) return matches.findIndex((m) => compare(m, from) > 0);
    for (let i = matches.length - 1; i >= 0; i--) if (compare(matches[i], from) < 0) return i;
    return -1;
  }

  findNext(): GasRange | null {
    const matches = this.matches();
    const i = this.position(matches, this.current ?? this.after, 1);
    this.current = i < 0 ? undefined : matches[i];
    return this.current ? this.rangeOf(this.current) : null;
  }

  findPrevious(): GasRange | null {
    const matches = this.matches();
    const i = this.position(matches, this.current ?? this.after, -1);
    this.current = i < 0 ? undefined : matches[i];
    return this.current ? this.rangeOf(this.current) : null;
  }

  getCurrentMatch(): GasRange | null {
    return this.current ? this.rangeOf(this.current) : null;
  }

  /** Replaces the found text inside each matching value cell; returns the number of occurrences replaced. */
  private replaceIn(targets: Match[], replaceText: string): number {
    const pattern = this.pattern();
    let count = 0;
    for (const { sheet, row, col } of targets) {
      if (sheet.data.formulas.get(row - 1, col - 1) !== '') continue;
      const text = this.cellText(sheet, row, col, sheet.data.value(row, col), new Map());
      const occurrences = text.match(pattern)?.length ?? 0;
      if (occurrences === 0) continue;
      count += occurrences;
      pattern.lastIndex = 0;
      sheet.data.writeValues(row, col, [[`'${text.replace(pattern, () => String(replaceText))}`]]);
    }
    return count;
  }

  replaceAllWith(replaceText: string): number {
    return this.replaceIn(this.matches(), replaceText);
  }

  replaceWith(replaceText: string): number {
    return this.current ? this.replaceIn([this.current], replaceText) : 0;
  }
}
registerClass(EmuTextFinder, 'TextFinder', 'spreadsheet');
