import fc from 'fast-check';
import {
  forecast,
  parseMonths,
  parsePartnerships,
  parseRampMonths,
  parseRate,
  paybackMonth,
} from '../../src/core/forecast';
import { addMonths, parseStartMonth } from '../../src/core/months';
import { CallError } from '../../src/core/values';

const base = { monthlyCost: 1000, returnMultiple: 4, hiddenCostRate: 0.2, rampMonths: 3 };

describe('forecast', () => {
  it('matches the issue example', () => {
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
    expect(parseMonths('12')).toBe(12);
    expect(() => parseMonths(0)).toThrow('months must be a whole number from 1 to 120 (got 0)');
    expect(() => parseMonths(2.5)).toThrow(CallError);
    expect(() => parseMonths('')).toThrow('months is blank');
    expect(() => parseMonths('twelve')).toThrow('months must be a number (got "twelve")');
  });
  it('hidden cost rate defaults to 0 and hints at percentages', () => {
    expect(parseRate('', 'hidden_cost_rate', 0)).toBe(0);
    expect(() => parseRate(20, 'hidden_cost_rate', 0)).toThrow(
      'hidden_cost_rate 20 is over 100%: did you mean 20%?',
    );
  });
  it('ramp months defaults to 1', () => {
    expect(parseRampMonths('')).toBe(1);
    expect(() => parseRampMonths(0)).toThrow('ramp_months must be a whole number from 1 to 120 (got 0)');
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

describe('months', () => {
  it('addMonths crosses year boundaries both ways', () => {
    expect(addMonths({ year: 2026, month: 11 }, 3)).toEqual({ year: 2027, month: 2 });
    expect(addMonths({ year: 2026, month: 1 }, -1)).toEqual({ year: 2025, month: 12 });
    expect(addMonths({ year: 2026, month: 12 }, 24)).toEqual({ year: 2028, month: 12 });
  });
  it('parseStartMonth reads dates through the zone adapter and ISO text', () => {
    const viaZone = () => ({ year: 2030, month: 6 });
    expect(parseStartMonth(new Date(), viaZone)).toEqual({ year: 2030, month: 6 });
    expect(parseStartMonth('2026-01', viaZone)).toEqual({ year: 2026, month: 1 });
    expect(parseStartMonth('', viaZone)).toBeUndefined();
    expect(() => parseStartMonth('soon', viaZone)).toThrow(
      'start_month must be a date or text like 2026-01 (got "soon")',
    );
    expect(() => parseStartMonth('2026-13', viaZone)).toThrow(CallError);
  });
});

describe('start months typed with a year before 1900', () => {
  const toYm = () => ({ year: 2026, month: 1 });
  it.each(['0050-06', '0001-01', '1899-12'])(
    '%p is refused with a clear message, not read as 19xx',
    (text) => {
      expect(() => parseStartMonth(text, toYm)).toThrow(
        `start_month must be in 1900 or later (got "${text}")`,
      );
    },
  );

  it('1900-01 and 9999-12 are read as typed', () => {
    expect(parseStartMonth('1900-01', toYm)).toEqual({ year: 1900, month: 1 });
    expect(parseStartMonth('9999-12', toYm)).toEqual({ year: 9999, month: 12 });
  });
});
