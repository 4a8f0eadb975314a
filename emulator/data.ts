// The contents of one sheet: parallel layers (values, formulas, notes, formats, validations) that move
// together when rows or columns are inserted, deleted or sorted. No Apps Script API here.
import type { GridRect } from './a1';
import type { Env } from './env';
import { DEFAULT_NUMBER_FORMAT } from './format';
import { Grid } from './grid';
import { compareCells, FormulaText, parseInput } from './values';

/** The data validation stored in a cell; the concrete class lives in validation.ts. */
export interface StoredValidation {
  describe(): string;
  isCheckbox(): boolean;
}

/** Runs formulas again if anything changed since the last run (see formulas.ts). */
export interface Evaluation {
  ensure(): void;
}

const isEmptyValue = (v: unknown) => v === '';
const isEmptyComputed = (v: unknown) => v === undefined || v === '';

export class SheetData {
  readonly values = new Grid<unknown>('');
  readonly formulas = new Grid<string>('');
  readonly notes = new Grid<string>('');
  /** A cell's link (a rich text value's URL), '' for none. */
  readonly links = new Grid<string>('');
  readonly backgrounds = new Grid<string>('#ffffff');
  readonly numberFormats = new Grid<string>(DEFAULT_NUMBER_FORMAT);
  readonly fontWeights = new Grid<string>('normal');
  readonly fontColors = new Grid<string>('#000000');
  readonly validations = new Grid<StoredValidation | null>(null);
  /** Formula results, including spilled cells; undefined where the stored value stands. */
  readonly computed = new Grid<unknown>(undefined);
  readonly columnWidths = new Map<number, number>();

  constructor(
    private readonly env: Env,
    private readonly evaluation: Evaluation,
    public maxRows: number,
    public maxCols: number,
  ) {}

  private layers(): Grid<unknown>[] {
    return [
      this.values,
      this.formulas,
      this.notes,
      this.links,
      this.backgrounds,
      this.numberFormats,
      this.fontWeights,
      this.fontColors,
      this.validations,
      this.computed,
    ] as Grid<unknown>[];
  }

  private changed(): void {
    this.env.version++;
  }

  inBounds(rect: GridRect): boolean {
    return (
      rect.row >= 1 &&
      rect.col >= 1 &&
      rect.row + rect.numRows - 1 <= this.maxRows &&
      rect.col + rect.numCols - 1 <= this.maxCols
    );
  }

  // ---- values ----

  readValues(rect: GridRect): unknown[][] {
    this.evaluation.ensure();
    const out = this.values.read(rect.row - 1, rect.col - 1, rect.numRows, rect.numCols);
    if (!this.computed.isEmpty()) {
      for (let i = 0; i < rect.numRows; i++) {
        const row = this.computed.rows[rect.row - 1 + i];
        if (!row) continue;
        for (let j = 0; j < rect.numCols; j++) {
          const v = row[rect.col - 1 + j];
          if (v !== undefined) out[i][j] = v;
        }
      }
    }
    if (this.env.blankCheckboxesReadFalse && !this.validations.isEmpty()) {
      for (let i = 0; i < rect.numRows; i++) {
        const row = this.validations.rows[rect.row - 1 + i];
        if (!row) continue;
        for (let j = 0; j < rect.numCols; j++) {
          if (out[i][j] === '' && row[rect.col - 1 + j]?.isCheckbox()) out[i][j] = false;
        }
      }
    }
    return out;
  }

  value(row: number, col: number): unknown {
    this.evaluation.ensure();
    const v = this.computed.get(row - 1, col - 1);
    const stored = v === undefined ? this.values.get(row - 1, col - 1) : v;
    return stored === '' && this.isFalseCheckbox(row - 1, col - 1) ? false : stored;
  }

  /**
   * A blank cell under a checkbox rule, read as FALSE when the emulator is switched to do so: Sheets
   * stores an unticked box as FALSE ("Checkboxes ... unchecked: FALSE",
   * https://support.google.com/docs/answer/7684717), so such cells are not blank to getLastRow.
   */
  private isFalseCheckbox(r: number, c: number): boolean {
    return this.env.blankCheckboxesReadFalse && this.validations.get(r, c)?.isCheckbox() === true;
  }

  private checkboxExtent(): { rows: number; cols: number } {
    if (!this.env.blankCheckboxesReadFalse) return { rows: 0, cols: 0 };
    const isEmpty = (v: StoredValidation | null) => !v?.isCheckbox();
    return { rows: this.validations.lastRow(isEmpty), cols: this.validations.lastCol(isEmpty) };
  }

  /** Writes values as typed/set: strings are parsed (formulas, numbers, booleans, apostrophes). */
  writeValues(row: number, col: number, values: readonly (readonly unknown[])[]): void {
    const grid = this.values;
    const c0 = col - 1;
    const hadFormulas = !this.formulas.isEmpty();
    // A value written over a linked cell replaces its rich text, link included.
    if (!this.links.isEmpty()) {
      for (let i = 0; i < values.length; i++)
        for (let j = 0; j < values[i].length; j++) this.links.set(row - 1 + i, c0 + j, '');
    }
    for (let i = 0; i < values.length; i++) {
      const src = values[i];
      const r = row - 1 + i;
      let target = grid.rows[r];
      if (!target) {
        while (grid.rows.length < r) grid.rows.push(undefined);
        target = [];
        grid.rows[r] = target;
      }
      while (target.length < c0) target.push('');
      for (let j = 0; j < src.length; j++) {
        const v = src[j];
        // Numbers and booleans are stored as given; everything else goes through Sheets' string parsing.
        const parsed =
          typeof v === 'number' || typeof v === 'boolean' ? v : parseInput(v, this.env.decimalComma());
        if (parsed instanceof FormulaText) {
          target[c0 + j] = '';
          this.formulas.set(r, c0 + j, parsed.formula);
        } else {
          target[c0 + j] = parsed;
          if (hadFormulas) this.formulas.set(r, c0 + j, '');
        }
      }
    }
    this.changed();
  }

  /** Formulas (strings starting with '='); other strings are written as values. */
  writeFormulas(row: number, col: number, formulas: readonly (readonly string[])[]): void {
    for (let i = 0; i < formulas.length; i++) {
      for (let j = 0; j < formulas[i].length; j++) {
        const f = formulas[i][j];
        if (typeof f === 'string' && f.startsWith('=') && f.length > 1) {
          this.values.set(row - 1 + i, col - 1 + j, '');
          this.formulas.set(row - 1 + i, col - 1 + j, f);
        } else {
          this.writeValues(row + i, col + j, [[f]]);
        }
      }
    }
    this.changed();
  }

  clearContent(rect: GridRect): void {
    this.values.fill(rect.row - 1, rect.col - 1, rect.numRows, rect.numCols, '');
    this.formulas.fill(rect.row - 1, rect.col - 1, rect.numRows, rect.numCols, '');
    this.links.fill(rect.row - 1, rect.col - 1, rect.numRows, rect.numCols, '');
    this.changed();
  }

  clearFormats(rect: GridRect): void {
    for (const g of [
      this.backgrounds,
      this.numberFormats,
      this.fontWeights,
      this.fontColors,
    ] as Grid<unknown>[]) {
      g.fill(rect.row - 1, rect.col - 1, rect.numRows, rect.numCols, g.blank);
    }
  }

  /** Number of rows up to the last with a value or formula (0 for an empty sheet). */
  lastRow(): number {
    this.evaluation.ensure();
    return Math.max(
      this.values.lastRow(isEmptyValue),
      this.formulas.lastRow(),
      this.computed.lastRow(isEmptyComputed),
      this.checkboxExtent().rows,
    );
  }

  lastCol(): number {
    this.evaluation.ensure();
    return Math.max(
      this.values.lastCol(isEmptyValue),
      this.formulas.lastCol(),
      this.computed.lastCol(isEmptyComputed),
      this.checkboxExtent().cols,
    );
  }

  /** Rows and columns holding anything at all (values, formats, notes, validations). */
  usedExtent(): { rows: number; cols: number } {
    this.evaluation.ensure();
    let rows = 0;
    let cols = 0;
    for (const g of this.layers()) {
      const isEmpty = g === this.computed ? isEmptyComputed : (v: unknown) => v === g.blank;
      rows = Math.max(rows, g.lastRow(isEmpty));
      cols = Math.max(cols, g.lastCol(isEmpty));
    }
    return { rows, cols };
  }

  // ---- structure (1-based positions, as in the API) ----

  insertRows(before: number, howMany: number): void {
    for (const g of this.layers()) g.insertRows(before - 1, howMany);
    this.maxRows += howMany;
    this.changed();
  }

  deleteRows(row: number, howMany: number): void {
    for (const g of this.layers()) g.deleteRows(row - 1, howMany);
    this.maxRows -= howMany;
    this.changed();
  }

  insertCols(before: number, howMany: number): void {
    for (const g of this.layers()) g.insertCols(before - 1, howMany);
    const widths = [...this.columnWidths];
    this.columnWidths.clear();
    for (const [c, w] of widths) this.columnWidths.set(c >= before ? c + howMany : c, w);
    this.maxCols += howMany;
    this.changed();
  }

  deleteCols(col: number, howMany: number): void {
    for (const g of this.layers()) g.deleteCols(col - 1, howMany);
    const widths = [...this.columnWidths];
    this.columnWidths.clear();
    for (const [c, w] of widths) {
      if (c < col) this.columnWidths.set(c, w);
      else if (c >= col + howMany) this.columnWidths.set(c - howMany, w);
    }
    this.maxCols -= howMany;
    this.changed();
  }

  /** Grows the sheet so that the rectangle fits (what a person pasting past the edge gets). */
  growTo(rect: GridRect): void {
    this.maxRows = Math.max(this.maxRows, rect.row + rect.numRows - 1);
    this.maxCols = Math.max(this.maxCols, rect.col + rect.numCols - 1);
  }

  /**
   * Sorts rows fromRow..lastRow by one column (Sheets' order; blanks last), moving whole rows with
   * their formulas, notes, formats and validations. Formula references are not rewritten.
   */
  sortRows(fromRow: number, column: number, ascending: boolean): void {
    const last = this.lastRow();
    if (last < fromRow) return;
    const keys: { index: number; key: unknown }[] = [];
    for (let r = fromRow; r <= last; r++) keys.push({ index: r - 1, key: this.value(r, column) });
    keys.sort((a, b) => {
      const blankA = a.key === '';
      const blankB = b.key === '';
      if (blankA || blankB) return blankA === blankB ? 0 : blankA ? 1 : -1;
      const c = compareCells(a.key, b.key);
      return ascending ? c : -c;
    });
    const order = keys.map((k) => k.index);
    for (const g of this.layers()) g.permuteRows(fromRow - 1, order);
    this.changed();
  }
}
