import { decimalSeparatorOf, formulaSeparatorsOf } from '../../src/core/locale';
import { parseNumericText } from '../../src/core/values';

describe('separators by locale', () => {
  it.each([
    ['en_US', '.'],
    ['en_GB', '.'],
    ['ja_JP', '.'],
    ['es_MX', '.'],
    ['de_DE', ','],
    ['fr_FR', ','],
    ['pt_BR', ','],
    ['tr_TR', ','],
    ['es', ','],
    ['de-AT', ','],
  ])('%s writes decimals with %p', (locale, decimal) => {
    expect(decimalSeparatorOf(locale)).toBe(decimal);
  });

  it('formula text: ";" between arguments and "\\" between array columns where the decimal is a comma', () => {
    expect(formulaSeparatorsOf('de_DE')).toEqual({ argument: ';', column: '\\' });
    expect(formulaSeparatorsOf('en_US')).toEqual({ argument: ',', column: ',' });
  });
});

describe('numbers typed as text, in the locale', () => {
  it.each([
    ['1.500,50', 1500.5],
    ['1.500.000', 1500000],
    ['12,5', 12.5],
    ['12,5 %', 0.125],
    ['1 500,50', 1500.5],
    ['1\u00a0500,50', 1500.5],
    ['1\u202f500,50', 1500.5],
    ['€ 1.000', 1000],
    ['-0,5', -0.5],
    ['(1.000,00)', -1000],
  ])('de_DE reads %p as %p', (text, expected) => {
    expect(parseNumericText(text, ',')).toBeCloseTo(expected, 12);
  });

  it.each(['1,500.50', '1.5', '1.50', '1.500,', '1.500.00'])('de_DE rejects %p', (text) => {
    expect(parseNumericText(text, ',')).toBeUndefined();
  });

  it('en_US rejects the German form (a row error, not 1.5005)', () => {
    expect(parseNumericText('1.500,50', '.')).toBeUndefined();
    expect(parseNumericText('1,500.50', '.')).toBe(1500.5);
  });

  it('a comma after up to three digits is a decimal comma in de_DE, a thousands separator in en_US', () => {
    expect(parseNumericText('1,000', ',')).toBe(1);
    expect(parseNumericText('1,000', '.')).toBe(1000);
  });
});
