// Sheets' download form of its formulas in an .xlsx (IFERROR(__xludf.DUMMYFUNCTION(...), result)):
// written as Sheets writes it and read back to the same formula, whatever the formula holds.
import fc from 'fast-check';
import {
  computedValueForExcel,
  excelConstant,
  excelString,
  readExcelFormula,
  sheetsFormulaForExcel,
} from '../../playground/sheets-export-form';

/** The text an Excel string expression ("…"&"…") stands for. */
function unquote(expression: string): string[] {
  return expression.split('"&"').map((part, i, all) => {
    const start = i === 0 ? 1 : 0;
    const end = i === all.length - 1 ? part.length - 1 : part.length;
    return part.slice(start, end).replaceAll('""', '"');
  });
}

/** What a formula's result can be in a cell (dates arrive as serial numbers). */
const cellResult = fc.oneof(fc.double(), fc.string(), fc.boolean(), fc.constant(null), fc.constant('#REF!'));

describe('Sheets download form', () => {
  it('writes a formula as Sheets downloads it', () => {
    expect(sheetsFormulaForExcel('{"Score"; PRODUCER_SCORE(F2:F, G2:G, H2:H)}', 'Score')).toBe(
      'IFERROR(__xludf.DUMMYFUNCTION("{""Score""; PRODUCER_SCORE(F2:F, G2:G, H2:H)}"),"Score")',
    );
    expect(computedValueForExcel(93.5)).toBe('IFERROR(__xludf.DUMMYFUNCTION("""COMPUTED_VALUE"""),93.5)');
  });

  it('reads back every formula it writes, with any characters and any length', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 700 }), cellResult, (formula, result) => {
        expect(readExcelFormula(sheetsFormulaForExcel(formula, result))).toEqual(
          formula === '"COMPUTED_VALUE"'
            ? { kind: 'computed-value' }
            : { kind: 'sheets', formula: `=${formula}` },
        );
      }),
    );
    expect(readExcelFormula(computedValueForExcel('x'))).toEqual({ kind: 'computed-value' });
  });

  it('splits text into strings of at most 255 characters, as Excel requires', () => {
    const text = `${'"'.repeat(300)}${'b'.repeat(400)}`;
    const parts = unquote(excelString(text));
    expect(parts.join('')).toBe(text);
    expect(parts.length).toBe(3);
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(255);
    expect(excelString('a'.repeat(255))).toBe(`"${'a'.repeat(255)}"`);
    // An emoji across the 255th character moves whole into the next string.
    const emoji = unquote(excelString(`${'a'.repeat(254)}😀b`));
    expect(emoji).toEqual(['a'.repeat(254), '😀b']);
  });

  it('reads the forms other programs save: lower case, spaces, joined strings', () => {
    expect(readExcelFormula('iferror(__xludf.dummyfunction("SUM(A:A)"), 3)')).toEqual({
      kind: 'sheets',
      formula: '=SUM(A:A)',
    });
    expect(
      readExcelFormula('IFERROR( __xludf.DUMMYFUNCTION( "QUERY(A:B, ""select A"")" & " ") ,"x")'),
    ).toEqual({
      kind: 'sheets',
      formula: '=QUERY(A:B, "select A") ',
    });
  });

  it('leaves every other formula as Excel wrote it', () => {
    for (const formula of [
      'SUM(A1:A2)',
      'IFERROR(A1/B1, 0)',
      'IFERROR(__xludf.DUMMYFUNCTION(A1),0)',
      'IFERROR(__xludf.DUMMYFUNCTION("unterminated),0)',
      'IFERROR(__xludf.DUMMYFUNCTION("no fallback"))',
      'IFERROR(__xludf.DUMMYFUNCTION("x" & A1),0)',
      'IFERROR(__xludf.DUMMYFUNCTION',
      '',
    ]) {
      expect(readExcelFormula(formula)).toEqual({ kind: 'excel' });
    }
  });

  it('writes results as Excel constants: numbers, booleans, errors, text', () => {
    expect(excelConstant(1e21)).toBe('1E+21');
    expect(excelConstant(-0.25)).toBe('-0.25');
    expect(excelConstant(Number.NaN)).toBe('#NUM!');
    expect(excelConstant(true)).toBe('TRUE');
    expect(excelConstant('#REF!')).toBe('#REF!');
    expect(excelConstant('#ERROR!')).toBe('"#ERROR!"');
    expect(excelConstant('say "hi"')).toBe('"say ""hi"""');
    expect(excelConstant('')).toBe('""');
    expect(excelConstant(null)).toBe('""');
  });
});
