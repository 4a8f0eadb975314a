// Google Sheets' own way to put its formulas into an .xlsx, used both ways by the playground.
//
// When Sheets downloads a workbook as .xlsx, a formula Excel cannot read (a custom function, an inline
// array holding a function call, an open-ended range like C2:C) is written as
//   IFERROR(__xludf.DUMMYFUNCTION("<the Sheets formula, quotes doubled>"), <its last result>)
// and each cell its array result spilled into as
//   IFERROR(__xludf.DUMMYFUNCTION("""COMPUTED_VALUE"""), <that cell's result>)
// Excel and LibreOffice find no such function, so IFERROR shows the saved result instead of an error
// or a repair prompt; Sheets, importing the file, restores the original formula and lets it spill
// again. A string constant in an Excel formula holds at most 255 characters, so a longer formula is
// written as "…"&"…". Described by GRID, who read such files:
// https://grid-is.github.io/apiary/explain/gsdv (and the `formulas` Python library's issue 51,
// https://github.com/vinci1it2000/formulas/issues/51). Never checked against a real Sheets download here.

const DUMMY = '__xludf.DUMMYFUNCTION(';
const COMPUTED = '"COMPUTED_VALUE"';
/** Excel's limit on a string constant inside a formula. */
const MAX_STRING = 255;
/** Error values Excel knows; Sheets' own ('#ERROR!') are saved as text. */
export const EXCEL_ERRORS: ReadonlySet<string> = new Set([
  '#N/A',
  '#REF!',
  '#NAME?',
  '#DIV/0!',
  '#NULL!',
  '#VALUE!',
  '#NUM!',
]);

/** One Excel string constant per 255 characters, joined by &. */
export function excelString(text: string): string {
  if (text.length <= MAX_STRING) return `"${text.replaceAll('"', '""')}"`;
  const parts: string[] = [];
  let i = 0;
  while (i < text.length) {
    let end = Math.min(i + MAX_STRING, text.length);
    // Never between the two halves of a surrogate pair: a lone half cannot be written to the file.
    if (end < text.length && /[\uD800-\uDBFF]/.test(text[end - 1])) end--;
    parts.push(`"${text.slice(i, end).replaceAll('"', '""')}"`);
    i = end;
  }
  return parts.join('&');
}

/** A saved result as an Excel constant: the fallback IFERROR shows. Dates arrive as serial numbers. */
export function excelConstant(value: unknown): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value).toUpperCase() : '#NUM!';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  const text = value === null || value === undefined ? '' : String(value);
  return EXCEL_ERRORS.has(text) ? text : excelString(text);
}

/** A Sheets formula (without its '=') in the form Sheets downloads it, falling back to `result`. */
export function sheetsFormulaForExcel(formula: string, result: unknown): string {
  return `IFERROR(${DUMMY}${excelString(formula)}),${excelConstant(result)})`;
}

/** A cell filled by a spilled array result, in the form Sheets downloads it. */
export function computedValueForExcel(result: unknown): string {
  return `IFERROR(${DUMMY}${excelString(COMPUTED)}),${excelConstant(result)})`;
}

export type ExcelFormulaReading =
  | { kind: 'excel' }
  | { kind: 'sheets'; formula: string }
  | { kind: 'computed-value' };

/**
 * What an .xlsx formula (without its '=') holds: Sheets' wrapped formula (returned with its '='), a
 * cell of a spilled result, or an ordinary Excel formula. One left-to-right scan: linear in its length.
 */
export function readExcelFormula(excelFormula: string): ExcelFormulaReading {
  const text = excelFormula.trimStart();
  const head = 'IFERROR(';
  if (text.slice(0, head.length).toUpperCase() !== head) return { kind: 'excel' };
  let i = skipSpaces(text, head.length);
  if (text.slice(i, i + DUMMY.length).toUpperCase() !== DUMMY.toUpperCase()) return { kind: 'excel' };
  i += DUMMY.length;
  let inner = '';
  for (;;) {
    i = skipSpaces(text, i);
    if (text[i] !== '"') return { kind: 'excel' };
    i++;
    for (;;) {
      if (i >= text.length) return { kind: 'excel' };
      if (text[i] === '"') {
        if (text[i + 1] !== '"') break;
        inner += '"';
        i += 2;
      } else inner += text[i++];
    }
    i = skipSpaces(text, i + 1);
    if (text[i] === '&') {
      i++;
      continue;
    }
    if (text[i] !== ')') return { kind: 'excel' };
    break;
  }
  if (text[skipSpaces(text, i + 1)] !== ',') return { kind: 'excel' };
  if (inner === COMPUTED) return { kind: 'computed-value' };
  return { kind: 'sheets', formula: `=${inner}` };
}

function skipSpaces(text: string, from: number): number {
  let i = from;
  while (text[i] === ' ' || text[i] === '\n' || text[i] === '\r' || text[i] === '\t') i++;
  return i;
}
