import { overReliance, overRelianceOf } from '../../../src/core/concentration/over-reliance';
import { mapColumns } from '../../../src/core/lifecycle/pipeline';

describe('overReliance', () => {
  it('flags a producer with more than half of all sales, names grouped case- and space-insensitively', () => {
    const rows = [
      { producer: 'Ada', attributedSales: 600 },
      { producer: ' ada ', attributedSales: 100 },
      { producer: 'Bo', attributedSales: 300 },
      { producer: 'Cy', attributedSales: 'n/a' },
    ];
    expect([...overReliance(rows)]).toEqual([['ada', 0.7]]);
  });

  it('exactly half is not over the limit', () => {
    const rows = [
      { producer: 'A', attributedSales: 50 },
      { producer: 'B', attributedSales: 50 },
    ];
    expect(overReliance(rows).size).toBe(0);
  });

  it('no sales at all flags nobody (no division by zero)', () => {
    expect(overReliance([{ producer: 'A', attributedSales: 0 }]).size).toBe(0);
    expect(overReliance([{ producer: '', attributedSales: 500 }]).size).toBe(0);
  });

  it('reads sheet rows by header', () => {
    const map = mapColumns(['Attributed sales', 'Notes', 'Producer']);
    const rows = [
      [900, 'x', 'Ada'],
      [100, 'y', 'Bo'],
    ];
    expect([...overRelianceOf(rows, map)]).toEqual([['ada', 0.9]]);
  });
});
