import { readAmount, readMonth, reportRange, slashOrderOf } from '../../../src/core/results/export-cells';

describe('readMonth', () => {
  it.each([
    ['2026-11', '2026-11'],
    ['2026-11-03', '2026-11'],
    ['2026-11-30T23:10:00-08:00', '2026-11'],
    ['2026-12-01 00:05:00 -0500', '2026-12'],
    ['20261103', '2026-11'],
    ['202611', '2026-11'],
    ['Nov 3, 2026', '2026-11'],
    ['November 2026', '2026-11'],
    ['Sept 2026', '2026-09'],
    ['11/03/2026', '2026-11'],
    ['2026/11/03', '2026-11'],
  ])('%s is %s', (cell, month) => {
    expect(readMonth(cell)).toEqual({ month });
  });

  it('reads slashed dates day-first when the column says so', () => {
    expect(slashOrderOf(['03/11/2026', '25/11/2026'])).toBe('day-first');
    expect(slashOrderOf(['11/03/2026', '11/25/2026'])).toBe('month-first');
    expect(readMonth('03/11/2026', 'day-first')).toEqual({ month: '2026-11' });
  });

  it('GA4’s Month dimension has no year; nonsense is a problem', () => {
    expect(readMonth('11')).toEqual({ monthNumber: 11 });
    expect(readMonth('2026-13')).toEqual({ problem: '"2026-13" is not a date or month' });
    expect(readMonth('Smarch 2026')).toEqual({ problem: '"Smarch 2026" is not a date or month' });
    expect(readMonth('')).toEqual({ problem: 'no date' });
  });

  it('stays fast on 50,000-character cells', () => {
    const start = performance.now();
    for (const text of ['1'.repeat(50000), `${'a '.repeat(25000)}2026`, `2026-11${' '.repeat(50000)}x`]) {
      readMonth(text);
      slashOrderOf([text]);
      readAmount(text, '.');
    }
    expect(performance.now() - start).toBeLessThan(200);
  });
});

describe('reportRange and readAmount', () => {
  it('reads GA4’s comment header', () => {
    expect(reportRange(['Start date: 20261101', 'End date: 20261130'])).toEqual({
      start: '2026-11',
      end: '2026-11',
    });
    expect(reportRange(['Account: Acme'])).toBeNull();
  });

  it('reads amounts in the file’s convention; blank is no value, text is not a number', () => {
    expect(readAmount('1,234.50', '.')).toBe(1234.5);
    expect(readAmount('1.234,50', ',')).toBe(1234.5);
    expect(readAmount('$12', '.')).toBe(12);
    expect(readAmount('USD 12.50', '.')).toBe(12.5);
    expect(readAmount('', '.')).toBeNull();
    expect(readAmount('=HYPERLINK("x")', '.')).toBeUndefined();
  });
});
