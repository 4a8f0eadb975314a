import {
  codePoints,
  eachAlone,
  isSpace,
  prefixCounter,
  wordAt,
  wordBefore,
} from '../../../src/core/disclosure/caption-text';

const emoji = '😀'; // two UTF-16 units, one character

describe('word boundaries', () => {
  it('letters, digits and _ of any script are word characters; a surrogate pair is read whole', () => {
    const text = `é_${emoji}𝒜`;
    expect([wordAt(text, 0), wordAt(text, 1), wordAt(text, 2), wordAt(text, 4)]).toEqual([
      true,
      true,
      false,
      true,
    ]);
    expect([wordBefore(text, 0), wordBefore(text, 2), wordBefore(text, 4), wordBefore(text, 6)]).toEqual([
      false,
      true,
      false,
      true,
    ]);
    expect(wordAt(text, text.length)).toBe(false);
  });

  it('eachAlone skips matches inside words, links and handles, and finds one that overlaps a rejected one', () => {
    const found: number[] = [];
    const text = 'bad ad shop.com/ad @ad ad';
    eachAlone(
      /ad/g,
      text,
      () => true,
      (m) => found.push(m.index) > 0,
    );
    expect(found).toEqual([4, 23]);
    const first: string[] = [];
    eachAlone(
      /#?ad/g,
      '#adx #ad',
      () => false,
      (m) => first.push(m[0]) < 0,
    );
    expect(first).toEqual(['#ad']);
  });
});

describe('counting characters as people do', () => {
  it('codePoints counts an emoji once, and a lone surrogate once', () => {
    expect(codePoints(`a${emoji}b`, 0, 4)).toBe(3);
    expect(codePoints(`a${emoji}`, 0, 2)).toBe(2);
  });

  it('prefixCounter gives the same counts as codePoints from the start, for rising character boundaries', () => {
    const text = `${emoji}ab${emoji}${emoji}c`;
    const before = prefixCounter(text);
    for (const to of [0, 2, 3, 4, 6, 8, 9]) expect(before(to)).toBe(codePoints(text, 0, to));
  });

  it('isSpace knows ASCII and Unicode spaces', () => {
    expect([' ', '\n', '\u00a0', '\u2003', 'x', '#'].map((c) => isSpace(c, 0))).toEqual([
      true,
      true,
      true,
      true,
      false,
      false,
    ]);
  });
});
