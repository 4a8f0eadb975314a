import { commonHeight, RowArg, rowArg, toGrid, width } from '../../src/core/grid';
import { CallError } from '../../src/core/values';

describe('toGrid', () => {
  it('makes a scalar a 1 x 1 grid, a flat array one row, and keeps 2-D ranges', () => {
    expect(toGrid(5)).toEqual([[5]]);
    expect(toGrid('')).toEqual([['']]);
    expect(toGrid([1, 2, 3])).toEqual([[1, 2, 3]]);
    expect(toGrid([[1], [2]])).toEqual([[1], [2]]);
    expect(toGrid([])).toEqual([[]]);
    expect(toGrid(undefined)).toBeUndefined();
    expect(width([[1, 2, 3]])).toBe(3);
    expect(width([])).toBe(0);
  });
});

describe('rowArg', () => {
  it('a single value applies to every row', () => {
    const arg = rowArg(0.1, 'commission')!;
    expect(arg.isColumn).toBe(false);
    expect([arg.at(0), arg.at(999)]).toEqual([0.1, 0.1]);
  });

  it('a column is read by row index, in place', () => {
    const grid = [[1], [2], [3]];
    const arg = rowArg(grid, 'sales')!;
    expect(arg.isColumn).toBe(true);
    expect(arg.height).toBe(3);
    expect([arg.at(0), arg.at(2)]).toEqual([1, 3]);
  });

  it('anything wider than one column is a call error naming the argument and its shape', () => {
    expect(() => rowArg([[1, 2]], 'sales')).toThrow(CallError);
    expect(() => rowArg([[1, 2]], 'sales')).toThrow(
      'sales must be a single value or a single column (got 1 x 2)',
    );
    expect(rowArg(undefined, 'cap')).toBeUndefined();
  });
});

describe('commonHeight', () => {
  it('is the columns’ shared height; scalars fit any; no column means one row', () => {
    const column = (n: number) => RowArg.column(Array.from({ length: n }, (_, i) => [i]));
    expect(
      commonHeight([
        ['a', column(4)],
        ['b', RowArg.scalar(1)],
        ['c', undefined],
      ]),
    ).toBe(4);
    expect(commonHeight([['a', RowArg.scalar(1)]])).toBe(1);
  });

  it('different heights are a call error listing each', () => {
    const column = (n: number) => RowArg.column(Array.from({ length: n }, (_, i) => [i]));
    expect(() =>
      commonHeight([
        ['base_fee', column(3)],
        ['sales', column(5)],
      ]),
    ).toThrow('ranges must have the same number of rows (got base_fee 3, sales 5)');
  });
});
