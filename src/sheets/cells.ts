/**
 * Writing values safely. Sheets reads a string that starts with =, +, - or @ as a formula, so any
 * text the add-on writes that could start that way is prefixed with an apostrophe: Sheets stores
 * it as plain text and shows it without the apostrophe.
 */
const FORMULA_START = /^[=+\-@]/;

export function asCellText(value: unknown): unknown {
  return typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : value;
}

/** One column of values as the 2-D shape setValues wants, each made safe. */
export function columnOf(values: readonly unknown[]): unknown[][] {
  const out: unknown[][] = new Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = [asCellText(values[i])];
  return out;
}

/** Spreadsheet column letters for a 1-based column number (1 -> A, 27 -> AA). */
export function columnLetter(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
