import fc from 'fast-check';
import {
  forecast,
  monthCells,
  parseMonthCount,
  parsePartnerships,
  parseRate,
  paybackMonth,
} from '../../../src/core/forecast/forecast';
import { CallError } from '../../../src/core/values';

const base = { monthlyCost: 1000, returnMultiple: 4, hiddenCostRate: 0.2, rampMonths: 3 };

describe('forecast', () => {
  it('ramps revenue up over the ramp months: 10 partnerships at 1,000, 4x, 20% hidden costs', () => {
    const rows = forecast({ ...base, partnerships: [10, 10, 10], months: 3 });
    expect(rows.map((r) => r.revenue)).toEqual([
      expect.closeTo(13333.33, 2),
      expect.closeTo(26666.67, 2),
      40000,
    ]);
    expect(rows[2].cumulativeRoi).toBeCloseTo(1.2222, 4);
    expect(rows[0]).toMatchObject({ compensation: 10000, hiddenCosts: 2000, totalCost: 12000 });
  });

  it('cumulative ROI is null while nothing has been spent', () => {
    const rows = forecast({ ...base, partnerships: [0, 0, 5], months: 3 });
    expect(rows.map((r) => r.cumulativeRoi)).toEqual([null, null, expect.any(Number)]);
  });

  it('cumulative net is the running sum of net, and ROI agrees with it', () => {
    const count = fc.integer({ min: 0, max: 50 });
    fc.assert(
      fc.property(
        fc.array(count, { minLength: 1, maxLength: 36 }),
        fc.double({ min: 0, max: 10, noNaN: true }),
        (ps, mult) => {
          const rows = forecast({ ...base, returnMultiple: mult, partnerships: ps, months: ps.length });
          let sum = 0;
          let cost = 0;
          return rows.every((r) => {
            sum += r.net;
            cost += r.totalCost;
            const roiOk =
              cost === 0 ? r.cumulativeRoi === null : Math.abs((r.cumulativeRoi ?? 0) - sum / cost) < 1e-9;
            return Math.abs(r.cumulativeNet - sum) < 1e-6 * Math.max(1, Math.abs(sum)) && roiOk;
          });
        },
      ),
    );
  });

  it('payback month is the first month with cumulative net >= 0', () => {
    const rows = forecast({ ...base, partnerships: [10, 10, 10, 10], months: 4 });
    // Month 1: 13333 - 12000 > 0 already.
    expect(paybackMonth(rows)).toBe(1);
    const slow = forecast({ ...base, returnMultiple: 1, partnerships: [10, 10], months: 2 });
    expect(paybackMonth(slow)).toBeUndefined();
    const idle = forecast({ ...base, partnerships: [0, 0, 10], months: 3 });
    expect(paybackMonth(idle)).toBe(3);
    expect(paybackMonth(forecast({ ...base, partnerships: [0, 0], months: 2 }))).toBeUndefined();
  });
});

describe('forecast inputs', () => {
  it('months must be a whole number from 1 to 120', () => {
    expect(parseMonthCount('12', 'months')).toBe(12);
    expect(() => parseMonthCount(0, 'months')).toThrow('months must be a whole number from 1 to 120 (got 0)');
    expect(() => parseMonthCount(121, 'months')).toThrow('(got 121)');
    expect(() => parseMonthCount(2.5, 'months')).toThrow(CallError);
    expect(() => parseMonthCount('', 'months')).toThrow('months is blank');
    expect(() => parseMonthCount('twelve', 'months')).toThrow('months must be a number (got "twelve")');
  });
  it('hidden cost rate defaults to 0 and hints at percentages', () => {
    expect(parseRate('', 'hidden_cost_rate', 0)).toBe(0);
    expect(() => parseRate(20, 'hidden_cost_rate', 0)).toThrow(
      'hidden_cost_rate 20 is over 100%: did you mean 20%?',
    );
  });
  it('ramp months defaults to 1', () => {
    expect(parseMonthCount('', 'ramp_months', 1)).toBe(1);
    expect(() => parseMonthCount(0, 'ramp_months', 1)).toThrow(
      'ramp_months must be a whole number from 1 to 120 (got 0)',
    );
  });
  it('partnerships: a constant repeats, a column needs one count per month', () => {
    expect(parsePartnerships([3], 4)).toEqual([3, 3, 3, 3]);
    expect(parsePartnerships([1, 2, 3, 4, 5], 3)).toEqual([1, 2, 3]);
    expect(() => parsePartnerships([1, 2], 3)).toThrow('partnerships has 2 months but months is 3');
    expect(() => parsePartnerships([1, 'x', 3], 3)).toThrow(
      'partnerships must be a number (got "x") in month 2',
    );
    expect(() => parsePartnerships([1, '', 3], 3)).toThrow('partnerships is blank in month 2');
  });
});

describe('monthCells', () => {
  it('lays a month out under the nine forecast columns, a blank ROI while nothing was spent', () => {
    const [first] = forecast({ ...base, partnerships: [10], months: 1 });
    expect(monthCells(first, 'Jan')).toEqual([
      'Jan',
      10,
      10000,
      2000,
      12000,
      expect.closeTo(13333.33, 2),
      expect.closeTo(1333.33, 2),
      expect.closeTo(1333.33, 2),
      expect.closeTo(0.1111, 4),
    ]);
    const [idle] = forecast({ ...base, partnerships: [0], months: 1 });
    expect(monthCells(idle, 1)).toEqual([1, 0, 0, 0, 0, 0, 0, 0, '']);
  });
});
