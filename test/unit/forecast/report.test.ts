import { ASSUMPTIONS } from '../../../src/core/forecast/assumptions';
import { type Assumptions, parseAssumptions, planForecast } from '../../../src/core/forecast/plan';
import { forecastReport } from '../../../src/core/forecast/report';

const viaUtc = (d: Date) => ({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1 });
const defaults = (): unknown[][] => ASSUMPTIONS.map((spec) => [spec.label, spec.defaultValue]);
const NOVEMBER = { year: 2026, month: 11 };
const monthDate = (ym: { year: number; month: number }) => new Date(Date.UTC(ym.year, ym.month - 1, 1));

describe('forecastReport', () => {
  it('is one rectangular block with a format per cell, and points the chart at its cumulative table', () => {
    const { assumptions } = parseAssumptions(defaults(), viaUtc, NOVEMBER);
    const pipeline = {
      activePayouts: [1000],
      leftOut: [],
      measuredRows: 0,
      measuredSales: 0,
      measuredPayouts: 0,
    };
    const plan = planForecast(assumptions!, pipeline);
    const report = forecastReport({
      plan,
      assumptions: assumptions!,
      pipeline,
      runAt: new Date(0),
      trigger: 'menu',
      monthDate: (ym) => new Date(Date.UTC(ym.year, ym.month - 1, 1)),
    });
    expect(new Set(report.values.map((r) => r.length))).toEqual(new Set([9]));
    expect(report.formats.map((r) => r.length)).toEqual(report.values.map(() => 9));
    const { row, numRows, numColumns } = report.chartData;
    expect(report.values[row - 1].slice(0, numColumns)).toEqual([
      'Month',
      'Conservative (3x)',
      'Base (4x)',
      'Optimistic (5x)',
    ]);
    expect(numRows).toBe(13);
    expect(report.values[row + 11][2]).toBe(plan.scenarios[1].rows[11].cumulativeNet);
  });
});

/** One partnership at 1,000 a month for three months from November 2026, 15% hidden costs. */
const THREE_MONTHS: Assumptions = {
  months: 3,
  start: NOVEMBER,
  hiddenCostRate: 0.15,
  rampMonths: 3,
  scenarios: [
    { name: 'Conservative', multiple: 3 },
    { name: 'Base', multiple: 4 },
    { name: 'Optimistic', multiple: 5 },
  ],
  plannedPerMonth: 0,
  plannedCompensation: 1000,
};
const onePartnership = {
  activePayouts: [1000],
  leftOut: [{ row: 7, message: 'Base fee must be 0 or more (got -1)' }],
  measuredRows: 0,
  measuredSales: 0,
  measuredPayouts: 0,
};

function threeMonthReport(actuals?: Parameters<typeof forecastReport>[0]['actuals']) {
  return forecastReport({
    plan: planForecast(THREE_MONTHS, onePartnership),
    assumptions: THREE_MONTHS,
    pipeline: onePartnership,
    actuals,
    runAt: new Date(0),
    trigger: 'schedule',
    monthDate,
  });
}

const rowOf = (values: unknown[][], label: string) => values.find((r) => r[0] === label);

describe('forecastReport notes and labels', () => {
  it('names rows left out, says a scheduled run was scheduled, and labels payback by month', () => {
    const report = threeMonthReport();
    expect(report.notes).toEqual(['Pipeline row 7 left out: Base fee must be 0 or more (got -1).']);
    expect(rowOf(report.values, 'Note')?.[1]).toBe(report.notes[0]);
    expect(rowOf(report.values, 'Run at')?.[2]).toBe('scheduled run');
    // Month 1: cost 1,150; revenue 1,000 x multiple / 3. Conservative nets -150, then pays back.
    expect(rowOf(report.values, 'Conservative')?.[2]).toBe('month 2 (2026-12)');
    expect(rowOf(report.values, 'Base')?.[2]).toBe('month 1 (2026-11)');
  });

  it('writes each scenario’s monthly table under the nine forecast columns', () => {
    const { values } = threeMonthReport();
    const at = values.findIndex((r) => r[0] === 'Base (4x): monthly');
    expect(values[at + 1][0]).toBe('Month');
    expect(values[at + 2]).toEqual([
      monthDate(NOVEMBER),
      1,
      1000,
      150,
      1150,
      expect.closeTo(1333.33, 2),
      expect.closeTo(183.33, 2),
      expect.closeTo(183.33, 2),
      expect.closeTo(0.1594, 4),
    ]);
  });
});

describe('forecastReport against actuals', () => {
  it('adds up several rows for a month, compares the base case, and notes months outside the forecast', () => {
    const report = threeMonthReport({
      actuals: [
        { month: NOVEMBER, totalCost: 1000, revenue: 500 },
        { month: NOVEMBER, totalCost: 200, revenue: 100 },
        { month: { year: 2027, month: 5 }, totalCost: 1, revenue: 1 },
      ],
      problems: ['Actuals row 9: Revenue is blank'],
    });
    const at = report.values.findIndex((r) => r[0] === 'Forecast against actuals (Base (4x))');
    expect(report.values[at + 2].slice(0, 7)).toEqual([
      monthDate(NOVEMBER),
      1150,
      1200,
      50,
      expect.closeTo(1333.33, 2),
      600,
      expect.closeTo(-733.33, 2),
    ]);
    // A month without actuals is left blank, not zero.
    expect(report.values[at + 3].slice(2, 4)).toEqual(['', '']);
    expect(report.notes).toEqual([
      'Pipeline row 7 left out: Base fee must be 0 or more (got -1).',
      'Actuals row 9: Revenue is blank.',
      'Actuals has several rows for 2026-11: they are added up.',
      'Actuals for 2027-05 fall outside the forecast months and are not compared.',
    ]);
  });
});
