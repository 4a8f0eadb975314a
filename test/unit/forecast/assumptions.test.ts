import { ASSUMPTIONS, ASSUMPTIONS_HEADER, assumptionsCurrency } from '../../../src/core/forecast/assumptions';
import { parseAssumptions } from '../../../src/core/forecast/plan';
import { textKey } from '../../../src/core/values';

describe('the Assumptions table', () => {
  it('has one row per input, with labels distinct however they are typed', () => {
    expect(ASSUMPTIONS_HEADER).toEqual(['Assumption', 'Value', 'Notes']);
    expect(new Set(ASSUMPTIONS.map((spec) => spec.key)).size).toBe(ASSUMPTIONS.length);
    expect(new Set(ASSUMPTIONS.map((spec) => textKey(spec.label))).size).toBe(ASSUMPTIONS.length);
  });

  it('its defaults are valid inputs: 12 months from this month, 15% hidden costs, 3 / 4 / 5x', () => {
    const rows = ASSUMPTIONS.map((spec) => [spec.label, spec.defaultValue]);
    const parsed = parseAssumptions(rows, () => ({ year: 2000, month: 1 }), { year: 2026, month: 11 });
    expect(parsed.problems).toEqual([]);
    expect(parsed.assumptions).toMatchObject({
      months: 12,
      start: { year: 2026, month: 11 },
      hiddenCostRate: 0.15,
      rampMonths: 3,
      plannedPerMonth: 0,
    });
    expect(parsed.assumptions?.scenarios.map((s) => s.multiple)).toEqual([3, 4, 5]);
  });
});

describe('assumptionsCurrency', () => {
  it('reads the Currency row as an upper-case code; null when missing or blank', () => {
    expect(ASSUMPTIONS.find((spec) => spec.key === 'currency')?.defaultValue).toBe('USD');
    expect(
      assumptionsCurrency([
        ['Assumption', 'Value'],
        [' currency ', ' eur '],
      ]),
    ).toBe('EUR');
    expect(assumptionsCurrency([['Currency', '']])).toBeNull();
    expect(assumptionsCurrency([['Months to forecast', 12]])).toBeNull();
  });
});
