import fc from 'fast-check';
import {
  commissionOn,
  hybridPayout,
  parseTierMode,
  parseTierTable,
  payoutFromCells,
} from '../../../src/core/payout/payout';
import { CallError, RowError } from '../../../src/core/values';

const rate = (r: number) => ({ kind: 'rate' as const, rate: r });

describe('hybridPayout', () => {
  it('pays base fee plus a flat rate, marginal tiers, and a bonus with the variable part capped', () => {
    expect(hybridPayout({ baseFee: 1000, commission: rate(0.1), sales: 25000 })).toBeCloseTo(3500, 9);
    const tiers = {
      kind: 'tiers' as const,
      tiers: parseTierTable([
        [0, 0.1],
        [10000, 0.15],
      ]),
    };
    expect(hybridPayout({ baseFee: 1000, commission: tiers, sales: 25000 })).toBeCloseTo(4250, 9);
    expect(
      hybridPayout({
        baseFee: 1000,
        commission: rate(0.1),
        sales: 25000,
        bonusThreshold: 20000,
        bonusAmount: 500,
        cap: 2000,
      }),
    ).toBe(3000);
  });

  it('bonus is paid at the threshold, not below', () => {
    const terms = { baseFee: 0, commission: rate(0), bonusThreshold: 100, bonusAmount: 50 };
    expect(hybridPayout({ ...terms, sales: 100 })).toBe(50);
    expect(hybridPayout({ ...terms, sales: 99.99 })).toBe(0);
  });

  const money = fc.double({ min: 0, max: 1e7, noNaN: true });
  const r = fc.double({ min: 0, max: 1, noNaN: true });

  it('never pays less than the base fee, nor more than base + cap', () => {
    fc.assert(
      fc.property(
        money,
        r,
        money,
        money,
        money,
        fc.option(money, { nil: undefined }),
        (fee, x, sales, t, b, cap) => {
          const p = hybridPayout({
            baseFee: fee,
            commission: rate(x),
            sales,
            bonusThreshold: t,
            bonusAmount: b,
            cap,
          });
          return p >= fee && (cap === undefined || p <= fee + cap + 1e-6);
        },
      ),
    );
  });

  it('a one-tier table agrees with a single rate', () => {
    fc.assert(
      fc.property(r, money, (x, sales) => {
        const single = commissionOn(sales, rate(x));
        const tiered = commissionOn(sales, { kind: 'tiers', tiers: [{ from: 0, rate: x }] });
        return Math.abs(single - tiered) <= 1e-9 * Math.max(1, single);
      }),
    );
  });

  it('tiered commission never decreases as sales grow', () => {
    const tiers = {
      kind: 'tiers' as const,
      tiers: parseTierTable([
        [0, 0.05],
        [1000, 0.1],
        [5000, 0.2],
      ]),
    };
    fc.assert(
      fc.property(
        money,
        money,
        (a, b) => commissionOn(Math.min(a, b), tiers) <= commissionOn(Math.max(a, b), tiers) + 1e-9,
      ),
    );
  });
});

describe('parseTierTable', () => {
  it('ignores trailing blank rows and reads numeric text', () => {
    expect(
      parseTierTable([
        [0, '10%'],
        ['$10,000', 0.15],
        ['', ''],
        ['', ''],
      ]),
    ).toEqual([
      { from: 0, rate: 0.1 },
      { from: 10000, rate: 0.15 },
    ]);
  });
  it.each([
    [[[100, 0.1]], 'tier table must start at sales_from 0 (got 100)'],
    [
      [
        [0, 0.1],
        [0, 0.2],
      ],
      'strictly ascending (row 2: 0 after 0)',
    ],
    [[[0, 10]], 'rate 10 is over 100%: did you mean 10%?'],
    [[[0, 'ten']], 'tier table row 1: rate must be a number (got "ten")'],
    [[['', '']], 'commission tier table is empty'],
    [
      [
        [0, 0.1],
        ['', ''],
        [500, 0.2],
      ],
      'tier table row 2: sales_from must be a number (got "")',
    ],
  ])('rejects %j', (rows, message) => {
    expect(() => parseTierTable(rows)).toThrow(CallError);
    expect(() => parseTierTable(rows)).toThrow(message);
  });
});

describe('payoutFromCells', () => {
  it('blank sales with a fee counts as 0; blank fee is commission-only', () => {
    expect(payoutFromCells(1000, 0.1, '')).toBe(1000);
    expect(payoutFromCells('', 0.1, 5000)).toBe(500);
    expect(payoutFromCells('$1,000', '', 5000)).toBe(1000);
  });
  it('the fast path for plain numbers agrees with the general path', () => {
    const money = fc.double({ min: 0, max: 1e7, noNaN: true });
    const rate = fc.double({ min: 0, max: 1, noNaN: true });
    fc.assert(
      fc.property(money, rate, money, (fee, r, sales) => {
        const fast = payoutFromCells(fee, r, sales);
        const general = payoutFromCells(String(fee), String(r), String(sales));
        return Math.abs(fast - general) <= 1e-6 * Math.max(1, fast);
      }),
    );
  });

  it('names every bad value', () => {
    expect(() => payoutFromCells(1000, 10, 1)).toThrow(
      new RowError('commission 10 is over 100%: did you mean 10%?'),
    );
    expect(() => payoutFromCells(-5, 0.1, 1)).toThrow('base_fee must be 0 or more (got -5)');
    expect(() => payoutFromCells(5, 0.1, 'lots')).toThrow('attributed_sales must be a number (got "lots")');
    expect(() => payoutFromCells('', '', 100)).toThrow('base_fee and commission are blank');
    expect(() => payoutFromCells(1, 0.1, 1, undefined, undefined, 5)).toThrow(
      'bonus_amount is given without bonus_threshold',
    );
    expect(() => payoutFromCells(1, 0.1, 1, undefined, undefined, undefined, -1)).toThrow(
      'cap must be 0 or more (got -1)',
    );
  });
});

describe('tier modes', () => {
  const table = parseTierTable([
    [0, 0.1],
    [10000, 0.15],
    [50000, 0.2],
  ]);
  const marginal = { kind: 'tiers' as const, tiers: table, mode: 'marginal' as const };
  const whole = { kind: 'tiers' as const, tiers: table, mode: 'whole' as const };

  it('marginal is the default and applies each rate to its bracket', () => {
    expect(commissionOn(25000, { kind: 'tiers', tiers: table })).toBeCloseTo(1000 + 2250, 9);
    expect(commissionOn(25000, marginal)).toBeCloseTo(3250, 9);
    expect(commissionOn(60000, marginal)).toBeCloseTo(1000 + 6000 + 2000, 9);
  });

  it('whole applies the highest tier reached, from its sales_from on, to all sales', () => {
    expect(commissionOn(9999.99, whole)).toBeCloseTo(999.999, 9);
    expect(commissionOn(10000, whole)).toBeCloseTo(1500, 9);
    expect(commissionOn(25000, whole)).toBeCloseTo(3750, 9);
    expect(commissionOn(60000, whole)).toBeCloseTo(12000, 9);
    expect(commissionOn(0, whole)).toBe(0);
  });

  it('whole never pays less than marginal, and both agree below the second tier', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e7, noNaN: true }), (sales) => {
        const w = commissionOn(sales, whole);
        const m = commissionOn(sales, marginal);
        return w >= m - 1e-6 && (sales >= 10000 || Math.abs(w - m) < 1e-9);
      }),
    );
  });

  it('mode text: blank is marginal, case and spaces ignored, anything else fails the call', () => {
    expect(parseTierMode('')).toBe('marginal');
    expect(parseTierMode(undefined)).toBe('marginal');
    expect(parseTierMode(' Whole ')).toBe('whole');
    expect(() => parseTierMode('flat')).toThrow(
      new CallError('tier_mode must be "marginal" or "whole" (got "flat")'),
    );
    expect(() => parseTierMode(1)).toThrow(CallError);
  });

  it('payoutFromCells passes the mode through, on the fast path and the checked one', () => {
    expect(payoutFromCells(1000, '', 25000, whole)).toBeCloseTo(4750, 9);
    expect(payoutFromCells('1000', '', '25000', whole, 20000, 500, 3000)).toBeCloseTo(4000, 9);
  });
});
