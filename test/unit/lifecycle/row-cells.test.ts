import { isBlankRow, parseTick, utmProblem } from '../../../src/core/lifecycle/row-cells';

describe('cell readers', () => {
  it('blank rows ignore ID, Status, formulas and unticked boxes', () => {
    expect(isBlankRow({ id: 'P-0003', status: 'OK', score: 50, contractSigned: false, producer: ' ' })).toBe(
      true,
    );
    expect(isBlankRow({ niche: 'food' })).toBe(false);
  });
  it('ticks accept what people type', () => {
    expect(['yes', 'X', 'TRUE', true].map((v) => parseTick(v, 'disclosure'))).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(['no', '', false].map((v) => parseTick(v, 'disclosure'))).toEqual([false, false, false]);
    expect(() => parseTick('maybe', 'disclosure')).toThrow('Disclosure must be ticked or not (got "maybe")');
  });
  it('a UTM link is an http(s) URL carrying utm_source, utm_medium and utm_campaign with values', () => {
    expect(utmProblem('https://a.example/p?utm_source=a&utm_medium=b&utm_campaign=c#x')).toBeUndefined();
    expect(utmProblem('ftp://a.example/?utm_source=a')).toMatch(/must be an http\(s\) URL/);
    expect(utmProblem('=HYPERLINK("http://evil")')).toMatch(/must be an http\(s\) URL/);
    expect(utmProblem('https://a.example/?utm_source=&utm_medium=b&utm_campaign=c')).toBe(
      'UTM link is missing utm_source',
    );
  });
});
