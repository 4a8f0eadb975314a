// Every custom function's result fits in Sheets' cells: no output cell over 50,000 characters
// (Sheets refuses such a cell), whatever the arguments. A property test over every function the
// bundle marks @customfunction, called as Sheets calls them (values, or columns of one height), with
// long texts (up to the 50,000 characters a cell holds) and many equal values (ties), plus the
// case of issue 18: 50,000 producers tied at the top of PARTNER_CONCENTRATION.
import fc from 'fast-check';
import { customFunctionNames } from '../../playground/addon';
import { type Addon, DIST, freshAddon } from './harness';

const CELL_MAX = 50_000;

let addon: Addon;
beforeAll(() => {
  addon = freshAddon();
});

/** Cells over the limit in a result (a value or a 2-D array), as "row,col: length". */
function overLimit(result: unknown): string[] {
  const rows = Array.isArray(result) ? result : [[result]];
  const found: string[] = [];
  for (const [r, row] of rows.entries()) {
    for (const [c, cell] of (Array.isArray(row) ? row : [row]).entries()) {
      if (typeof cell === 'string' && cell.length > CELL_MAX) found.push(`${r},${c}: ${cell.length}`);
    }
  }
  return found;
}

const longText = fc
  .tuple(
    fc.constantFrom('a', 'Ana Lopez ', 'https://shop.example/', '#ad ', ' ', 'é', '😀', '%', '9'),
    fc.integer({ min: 1_000, max: CELL_MAX }),
  )
  .map(([unit, length]) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length));

const cell = fc.oneof(
  {
    arbitrary: fc.constantFrom<unknown>('', 0, 1, 3, 5, 100, 0.1, 1000, true, 'Promotion', 'youtube'),
    weight: 4,
  },
  { arbitrary: fc.string({ maxLength: 12 }), weight: 1 },
  { arbitrary: fc.webUrl(), weight: 1 },
  { arbitrary: longText, weight: 2 },
);

/** Arguments for a function of `arity` parameters: each a value or a column of one shared height. */
const argumentsOf = (arity: number) =>
  fc.integer({ min: 1, max: 8 }).chain((height) =>
    fc.tuple(
      ...Array.from({ length: arity }, () =>
        fc.oneof(
          cell,
          fc.array(cell, { minLength: height, maxLength: height }).map((column) => column.map((v) => [v])),
          // One value down the whole column: ties (equal sales, equal scores).
          cell.map((v) => Array.from({ length: height }, () => [v])),
        ),
      ),
    ),
  );

describe('custom functions stay within a cell', () => {
  const names = customFunctionNames(DIST);

  it('the bundle has its six custom functions', () => {
    expect(names.sort()).toEqual([
      'DISCLOSURE_CHECK',
      'HYBRID_PAYOUT',
      'PARTNER_CONCENTRATION',
      'PRODUCER_SCORE',
      'ROI_FORECAST',
      'UTM_LINK',
    ]);
  });

  it.each(customFunctionNames(DIST))('%s: no output cell over 50,000 characters', (name) => {
    const fn = addon.gas[name] as (...args: unknown[]) => unknown;
    fc.assert(
      fc.property(argumentsOf(fn.length), (args) => {
        let result: unknown;
        try {
          result = fn(...args);
        } catch (error) {
          // A call that fails shows its message, which stays short too.
          expect(String((error as Error).message).length).toBeLessThanOrEqual(CELL_MAX);
          return;
        }
        expect(overLimit(result)).toEqual([]);
      }),
      { numRuns: 60, seed: 1816 },
    );
  });

  it('PARTNER_CONCENTRATION with 50,000 producers tied at the top names the first few, then how many more', () => {
    const producers = Array.from({ length: 50_000 }, (_, i) => [`Producer number ${i + 1}`]);
    const sales = producers.map(() => [100]);
    const result = addon.gas.PARTNER_CONCENTRATION(producers, sales) as unknown[][];
    const top = String(result[1][0]);
    expect(top.length).toBeLessThanOrEqual(CELL_MAX);
    expect(top).toBe(
      'Producer number 1, Producer number 2, Producer number 3, Producer number 4, Producer number 5 and 49995 more',
    );
    expect(result[1][1]).toBeCloseTo(1 / 50_000, 15);
  });

  it('PARTNER_CONCENTRATION with a few tied producers of 50,000-character names stays within the cell', () => {
    const name = (letter: string) => letter.repeat(CELL_MAX);
    const result = addon.gas.PARTNER_CONCENTRATION(
      [[name('a')], [name('b')], [name('c')]],
      [[1], [1], [1]],
    ) as unknown[][];
    expect(overLimit(result)).toEqual([]);
    expect(String(result[1][0])).toMatch(/^a{77}\.\.\., b{77}\.\.\., c{77}\.\.\.$/);
  });
});
