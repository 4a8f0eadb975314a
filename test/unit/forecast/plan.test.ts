import { ASSUMPTIONS } from '../../../src/core/forecast/assumptions';
import { forecast } from '../../../src/core/forecast/forecast';
import {
  parseActuals,
  parseAssumptions,
  planForecast,
  summarisePipeline,
} from '../../../src/core/forecast/plan';
import { mapColumns, PIPELINE_COLUMNS } from '../../../src/core/lifecycle/pipeline';

const viaUtc = (d: Date) => ({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1 });
const defaults = (): unknown[][] => ASSUMPTIONS.map((spec) => [spec.label, spec.defaultValue]);
const NOVEMBER = { year: 2026, month: 11 };

describe('parseAssumptions', () => {
  it('reads the defaults Set up workbook writes', () => {
    const { assumptions, problems } = parseAssumptions(
      [['Assumption', 'Value'], ...defaults()],
      viaUtc,
      NOVEMBER,
    );
    expect(problems).toEqual([]);
    expect(assumptions).toEqual({
      months: 12,
      start: { year: 2026, month: 11 },
      hiddenCostRate: 0.15,
      rampMonths: 3,
      scenarios: [
        { name: 'Conservative', multiple: 3 },
        { name: 'Base', multiple: 4 },
        { name: 'Optimistic', multiple: 5 },
      ],
      plannedPerMonth: 0,
      plannedCompensation: 0,
    });
  });

  it('"this month" is the month of the run; a date or ISO text is fixed', () => {
    const start = (value: unknown) =>
      parseAssumptions(
        defaults().map(([l, v]) => [l, l === 'Start month' ? value : v]),
        viaUtc,
        NOVEMBER,
      ).assumptions?.start;
    expect(start(' This Month ')).toEqual(NOVEMBER);
    expect(start('2027-03')).toEqual({ year: 2027, month: 3 });
    expect(start(new Date(Date.UTC(2025, 0, 20)))).toEqual({ year: 2025, month: 1 });
  });

  it('labels are matched loosely; planned compensation is needed only when partnerships are planned', () => {
    const rows = defaults().map(([label, value]) => [`  ${String(label).toUpperCase()} `, value]);
    const withoutPlanned = rows.filter(([label]) => !String(label).includes('PLANNED MONTHLY'));
    expect(parseAssumptions(withoutPlanned, viaUtc, NOVEMBER).problems).toEqual([]);
    const planning = withoutPlanned.map(([l, v]) => [l, String(l).includes('NEW PARTNERSHIPS') ? 2 : v]);
    expect(parseAssumptions(planning, viaUtc, NOVEMBER).problems).toEqual([
      '"Planned monthly compensation" is missing from Assumptions (run Set up workbook to add it)',
    ]);
  });

  it('names every bad value and guesses none', () => {
    const rows = defaults().map(([label, value]) => {
      if (label === 'Months to forecast') return [label, 200];
      if (label === 'Optimistic return multiple') return [label, -5];
      if (label === 'Start month') return [label, 'next spring'];
      return [label, value];
    });
    const { assumptions, problems } = parseAssumptions(rows, viaUtc, NOVEMBER);
    expect(assumptions).toBeUndefined();
    expect(problems).toEqual([
      'Months to forecast must be a whole number from 1 to 120 (got 200)',
      'Start month must be a date, text like 2026-01, or "this month" (got "next spring")',
      'Optimistic return multiple must be 0 or more (got -5)',
    ]);
  });
});

describe('summarisePipeline and planForecast', () => {
  const header = Object.values(PIPELINE_COLUMNS);
  const map = mapColumns(header);
  const row = (stage: string, fee: unknown, commission: unknown, sales: unknown) => {
    const cells: unknown[] = header.map(() => '');
    cells[map.stage!] = stage;
    cells[map.baseFee!] = fee;
    cells[map.commission!] = commission;
    cells[map.attributedSales!] = sales;
    return cells;
  };

  it('active rows are Onboarding to Renewal; measured rows are Measurement on; bad payouts are named', () => {
    const summary = summarisePipeline(
      [
        row('Discovery', 1000, 0.1, 100),
        row('Onboarding', 1000, 0.1, ''),
        row('Measurement', 500, 0.2, 4000),
        row('Exit', 0, 0.1, 9000),
        row('Promotion', 1000, 10, 5),
        row('', 1, 1, 1),
      ],
      map,
      2,
    );
    expect(summary.activePayouts).toEqual([1000, 1300]);
    expect(summary.measuredRows).toBe(2);
    expect(summary.measuredSales).toBe(13000);
    expect(summary.measuredPayouts).toBe(2200);
    expect(summary.leftOut).toEqual([{ row: 6, message: 'commission 10 is over 100%: did you mean 10%?' }]);
  });

  it('uses the ROI_FORECAST core with the blended compensation', () => {
    const { assumptions } = parseAssumptions(
      defaults().map(([l, v]) => [
        l,
        l === 'New partnerships per month' ? 1 : l === 'Months to forecast' ? 3 : v,
      ]),
      viaUtc,
      NOVEMBER,
    );
    const pipeline = {
      activePayouts: [2000, 4000],
      leftOut: [],
      measuredRows: 0,
      measuredSales: 0,
      measuredPayouts: 0,
    };
    const plan = planForecast(assumptions!, pipeline);
    expect(plan.partnerships).toEqual([3, 4, 5]);
    // 2 active for 3 months at 3000, planned 1 + 2 + 3 partnership-months at 1000.
    expect(plan.averageCompensation).toBeCloseTo((6 * 3000 + 6 * 1000) / 12, 9);
    expect(plan.observedMultiple).toBeUndefined();
    const base = plan.scenarios[1];
    expect(base.rows).toEqual(
      forecast({
        partnerships: [3, 4, 5],
        monthlyCost: plan.averageCompensation,
        returnMultiple: 4,
        months: 3,
        hiddenCostRate: 0.15,
        rampMonths: 3,
      }),
    );
  });
});

describe('parseActuals', () => {
  it('finds columns by header and names bad rows', () => {
    const { actuals, problems } = parseActuals(
      [
        ['Revenue', 'MONTH', 'Total cost'],
        [100, '2026-11', 50],
        ['', '', ''],
        ['x', '2026-12', 50],
      ],
      viaUtc,
    );
    expect(actuals).toEqual([{ month: { year: 2026, month: 11 }, totalCost: 50, revenue: 100 }]);
    expect(problems).toEqual(['Actuals row 4: Revenue must be a number (got "x")']);
    expect(parseActuals([['Month', 'Cost']], viaUtc).problems).toEqual([
      'Actuals is missing "Total cost", "Revenue" in its header row',
    ]);
  });
});
