// The playground page's copy: values as tab-separated text, never the cells' HTML.
import { valuesAsTsv } from '../../playground/page/clipboard';

describe('valuesAsTsv', () => {
  it('joins values with tabs and rows with CRLF, as a spreadsheet copies them', () => {
    expect(
      valuesAsTsv([
        ['TRUE', 'Promotion'],
        ['', 42],
      ]),
    ).toBe('TRUE\tPromotion\r\n\t42');
  });

  it('keeps markup as the text it is', () => {
    expect(valuesAsTsv([['<img src=x onerror="a()">']])).toBe('"<img src=x onerror=""a()"">"');
    expect(valuesAsTsv([['a<b & c']])).toBe('a<b & c');
  });

  it('quotes values holding a tab or a line break, so a paste keeps them in one cell', () => {
    expect(valuesAsTsv([['a\tb', 'line 1\nline 2', null]])).toBe('"a\tb"\t"line 1\nline 2"\t');
  });

  it('reads a 50,000-character value in linear time', () => {
    const long = `${'\t'.repeat(25_000)}${'"'.repeat(25_000)}`;
    const start = performance.now();
    expect(valuesAsTsv([[long]])).toHaveLength(2 + 25_000 + 50_000);
    expect(performance.now() - start).toBeLessThan(250);
  });
});
