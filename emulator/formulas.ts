// Formula values. The emulator has no formula engine of its own: an optional hook computes each formula,
// and a 2-D result spills right/down into empty neighbours (or the anchor shows '#REF!', as in Sheets).
// Evaluation is lazy: on the first read after any change, every formula of the spreadsheet is run again,
// in sheet, row, column order.

import { columnToLetters } from './a1';
import type { Evaluation, SheetData } from './data';
import type { Env } from './env';

export interface NamedSheetData {
  getName(): string;
  readonly data: SheetData;
}

export class FormulaEngine implements Evaluation {
  private evaluatedVersion = -1;
  private running = false;

  constructor(
    private readonly env: Env,
    private readonly sheets: () => readonly NamedSheetData[],
  ) {}

  ensure(): void {
    // Reads made by the hook itself see the results computed so far.
    if (this.running || this.evaluatedVersion === this.env.version) return;
    this.running = true;
    try {
      const sheets = this.sheets();
      for (const s of sheets) s.data.computed.clear();
      this.env.spillErrors.clear();
      for (const s of sheets) {
        s.data.formulas.forEach((r, c, formula) => {
          this.evaluate(s, r, c, formula);
        });
      }
    } finally {
      this.running = false;
      this.evaluatedVersion = this.env.version;
    }
  }

  private evaluate(sheet: NamedSheetData, r: number, c: number, formula: string): void {
    const computed = sheet.data.computed;
    // Text like '+1 555' or '-foo' was taken for a formula Sheets cannot parse.
    if (!formula.startsWith('=')) {
      computed.set(r, c, '#ERROR!');
      return;
    }
    const hook = this.env.formulaEvaluator;
    if (!hook) return;
    let result: unknown;
    try {
      result = hook(formula, sheet.getName(), r + 1, c + 1);
    } catch {
      computed.set(r, c, '#ERROR!');
      return;
    }
    if (!Array.isArray(result)) {
      computed.set(r, c, result ?? '');
      return;
    }
    const rows: unknown[][] = result.length === 0 ? [['']] : Array.isArray(result[0]) ? result : [result];
    const blocked = this.spillBlocker(sheet.data, r, c, rows);
    if (blocked) {
      computed.set(r, c, '#REF!');
      this.env.spillErrors.set(`${sheet.getName()}!${r + 1},${c + 1}`, blocked);
      return;
    }
    for (let i = 0; i < rows.length; i++) {
      for (let j = 0; j < rows[i].length; j++) computed.set(r + i, c + j, rows[i][j] ?? '');
    }
  }

  /**
   * Why a result cannot spill from (r, c); '' when it can. Worded as the hover text Sheets shows on such
   * a #REF! (from the Sheets UI; Google's API reference does not document it).
   */
  private spillBlocker(data: SheetData, r: number, c: number, rows: unknown[][]): string {
    for (let i = 0; i < rows.length; i++) {
      if (!Array.isArray(rows[i])) return 'Array result was not expanded: its rows are not arrays.';
      if (r + i >= data.maxRows || c + rows[i].length > data.maxCols) {
        return 'Array result was not expanded because it would go past the edge of the sheet.';
      }
      for (let j = 0; j < rows[i].length; j++) {
        if (i === 0 && j === 0) continue;
        const occupied =
          data.values.get(r + i, c + j) !== '' ||
          data.formulas.get(r + i, c + j) !== '' ||
          data.computed.get(r + i, c + j) !== undefined;
        if (occupied) {
          return `Array result was not expanded because it would overwrite data in ${columnToLetters(c + j + 1)}${r + i + 1}.`;
        }
      }
    }
    return '';
  }
}
