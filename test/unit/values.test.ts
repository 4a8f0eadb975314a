import {
  describeValue,
  errorCell,
  isBlank,
  isDate,
  parseNumericText,
  RowError,
  setDecimalSeparator,
  textKey,
  toNumber,
  toNumberInRange,
  toRate,
} from '../../src/core/values';

describe('parseNumericText and the locale lookup', () => {
  afterEach(() => setDecimalSeparator(() => '.'));

  it("asks for the spreadsheet's decimal separator only when the text holds a '.', ',' or space", () => {
    const asked: string[] = [];
    setDecimalSeparator(() => {
      asked.push('asked');
      return ',';
    });
    expect([parseNumericText('1000'), parseNumericText('$250'), parseNumericText('10%')]).toEqual([
      1000, 250, 0.1,
    ]);
    expect(asked).toEqual([]);
    expect(parseNumericText('1.500,50')).toBe(1500.5);
    expect(parseNumericText('1 500')).toBe(1500);
    expect(parseNumericText('12,5 %')).toBe(0.125);
    expect(asked).toHaveLength(3);
  });
});

describe('parseNumericText', () => {
  it.each([
    ['4', 4],
    [' 4 ', 4],
    ['10%', 0.1],
    ['$1,000', 1000],
    ['1,000.50', 1000.5],
    ['-2.5', -2.5],
    ['+3', 3],
    ['.5', 0.5],
    ['1e3', 1000],
    ['(300)', -300],
    ['€12', 12],
  ])('reads %p as %p', (text, expected) => {
    expect(parseNumericText(text)).toBeCloseTo(expected, 12);
  });

  it.each(['', 'abc', '1,00', '12abc', '$', '%', '1.2.3', '=1+1', 'NaN', 'Infinity', '1,000,00'])(
    'rejects %p',
    (text) => {
      expect(parseNumericText(text)).toBeUndefined();
    },
  );
});

describe('toNumber', () => {
  it('passes numbers and numeric text', () => {
    expect(toNumber(7, 'x')).toBe(7);
    expect(toNumber('7', 'x')).toBe(7);
  });

  it('names the argument and the value for anything else', () => {
    expect(() => toNumber('abc', 'relevance')).toThrow(
      new RowError('relevance must be a number (got "abc")'),
    );
    expect(() => toNumber(true, 'fee')).toThrow('fee must be a number (got TRUE)');
    expect(() => toNumber(new Date(Date.UTC(2026, 0, 2)), 'fee')).toThrow(
      'fee must be a number (got 2026-01-02)',
    );
    expect(() => toNumber(Number.NaN, 'fee')).toThrow('fee must be a finite number (got NaN)');
  });

  it('range check quotes the bound and the value', () => {
    expect(() => toNumberInRange(7, 'relevance', 0, 5)).toThrow('relevance must be between 0 and 5 (got 7)');
    expect(toNumberInRange('5', 'relevance', 0, 5)).toBe(5);
  });
});

describe('toRate', () => {
  it('suggests a percentage for a whole number', () => {
    expect(() => toRate(10, 'commission')).toThrow('commission 10 is over 100%: did you mean 10%?');
  });
  it('accepts 0..1 and percent text', () => {
    expect(toRate('10%', 'commission')).toBeCloseTo(0.1);
    expect(toRate(1, 'commission')).toBe(1);
    expect(() => toRate(-0.1, 'commission')).toThrow('commission must be between 0% and 100% (got -0.1)');
  });
});

describe('helpers', () => {
  it('isBlank treats whitespace as blank but not 0 or FALSE', () => {
    expect([isBlank(''), isBlank('  '), isBlank(null), isBlank(undefined)]).toEqual([true, true, true, true]);
    expect([isBlank(0), isBlank(false), isBlank('x')]).toEqual([false, false, false]);
  });
  it('isDate works across realms and rejects invalid dates', () => {
    const { runInNewContext } = require('node:vm');
    expect(isDate(runInNewContext('new Date(0)'))).toBe(true);
    expect(isDate(new Date('nope'))).toBe(false);
    expect(isDate('2026-01-01')).toBe(false);
  });
  it('describeValue shortens long text to one line', () => {
    expect(describeValue(`a\nb${'x'.repeat(100)}`)).toHaveLength(42);
    expect(describeValue('a\nb')).toBe('"a b"');
  });
  it('errorCell starts with #ERROR: so it is never a formula', () => {
    expect(errorCell(new RowError('=HYPERLINK("x")'))).toBe('#ERROR: =HYPERLINK("x")');
  });
});

describe('rates over 100%', () => {
  it('a bare whole number gets the hint; a typed percentage is simply too high', () => {
    expect(() => toRate(10, 'commission')).toThrow('commission 10 is over 100%: did you mean 10%?');
    expect(() => toRate('150%', 'commission')).toThrow('commission must be at most 100% (got "150%")');
  });
});

describe('numbers near the top of the double range', () => {
  it.each([1e308, -1e308, 1.7976931348623157e308, 1e16])('%p is a row error naming the argument', (n) => {
    expect(() => toNumber(n, 'base_fee')).toThrow(/^base_fee is too large \(got .*; at most 1e15\)$/);
  });

  it('text of such numbers too', () => {
    expect(() => toNumber('1e308', 'sales')).toThrow('sales is too large (got "1e308"; at most 1e15)');
    expect(() => toNumber('1e400', 'sales')).toThrow('sales must be a number (got "1e400")');
  });

  it('1e15 itself is a number', () => {
    expect(toNumber(1e15, 'x')).toBe(1e15);
    expect(toNumber(-1e15, 'x')).toBe(-1e15);
  });
});

describe('textKey', () => {
  it('ignores case and surrounding spaces, and reads blanks and numbers as text', () => {
    expect(textKey('  DISCLOSURE ')).toBe('disclosure');
    expect(textKey(undefined)).toBe('');
    expect(textKey(null)).toBe('');
    expect(textKey(12)).toBe('12');
  });
});
