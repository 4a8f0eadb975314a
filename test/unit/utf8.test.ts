import fc from 'fast-check';
import { cutUtf8, utf8Bytes } from '../../src/core/utf8';

describe('UTF-8 sizes', () => {
  it('counts bytes as Buffer.byteLength does, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(utf8Bytes(text)).toBe(Buffer.byteLength(text, 'utf8'));
      }),
    );
    expect(utf8Bytes('a é 日 😀')).toBe(1 + 1 + 2 + 1 + 3 + 1 + 4);
    expect(utf8Bytes('\ud800')).toBe(3); // a lone surrogate is written as U+FFFD
  });

  it('cuts text into pieces within the byte limit that join back to it', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 300 }),
        fc.integer({ min: 4, max: 40 }),
        (text, max) => {
          const pieces = cutUtf8(text, max);
          expect(pieces.join('')).toBe(text);
          for (const piece of pieces) expect(Buffer.byteLength(piece, 'utf8')).toBeLessThanOrEqual(max);
          for (const piece of pieces.slice(0, -1)) expect(piece.length).toBeGreaterThan(0);
        },
      ),
    );
    expect(cutUtf8('日'.repeat(5000), 8000).map((p) => Buffer.byteLength(p))).toEqual([7998, 7002]);
    expect(cutUtf8('', 10)).toEqual(['']);
  });
});
