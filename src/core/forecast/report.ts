/**
 * The Forecast sheet's content as one block of values and one of number formats, so the adapter
 * writes it with one setValues and one setNumberFormats. Pure: dates come from `monthDate`.
 */

import { addMonths, formatYearMonth, type YearMonth } from '../months';
import { FORECAST_COLUMNS, monthCells } from './forecast';
import type { ActualMonth, Assumptions, ForecastPlan, PipelineSummary } from './plan';

export const FORECAST_SHEET = 'Forecast';
export const REPORT_WIDTH = FORECAST_COLUMNS.length;

const MONEY = '#,##0.00';
const MONTH = 'mmm yyyy';
const MULTIPLE = '0.00"x"';
const PERCENT = '0.0%';
const PLAIN = 'General';
const WHEN = 'yyyy-mm-dd hh:mm';

interface ReportInput {
  readonly plan: ForecastPlan;
  readonly assumptions: Assumptions;
  readonly pipeline: PipelineSummary;
  /** Undefined when the spreadsheet has no Actuals sheet. */
  readonly actuals?: { actuals: ActualMonth[]; problems: string[] };
  readonly runAt: Date;
  readonly trigger: 'menu' | 'schedule';
  /** First day of a month as a date cell in the spreadsheet's time zone. */
  readonly monthDate: (ym: YearMonth) => Date;
}

export interface ForecastReport {
  readonly values: unknown[][];
  readonly formats: string[][];
  /** Where the chart's data sits (1-based): Month column and one column per scenario, header row first. */
  readonly chartData: { row: number; column: number; numRows: number; numColumns: number };
  readonly notes: string[];
}

class Block {
  readonly values: unknown[][] = [];
  readonly formats: string[][] = [];

  row(cells: unknown[] = [], formats: string[] = []): number {
    const values = new Array(REPORT_WIDTH).fill('');
    const fmts = new Array(REPORT_WIDTH).fill(PLAIN);
    cells.forEach((cell, i) => {
      values[i] = cell ?? '';
    });
    formats.forEach((format, i) => {
      fmts[i] = format;
    });
    this.values.push(values);
    this.formats.push(fmts);
    return this.values.length; // 1-based row number of the row just added
  }
}

const scenarioLabel = (name: string, multiple: number) => `${name} (${multiple}x)`;

export function forecastReport(input: ReportInput): ForecastReport {
  const { plan, assumptions, pipeline } = input;
  // Each month's date once: the adapter's conversion costs service calls in Apps Script.
  const dates = new Map<number, Date>();
  const monthOf = (m: number) => {
    let date = dates.get(m);
    if (!date) {
      date = input.monthDate(addMonths(assumptions.start, m - 1));
      dates.set(m, date);
    }
    return date;
  };
  const monthLabel = (m: number) => formatYearMonth(addMonths(assumptions.start, m - 1));
  const notes: string[] = [];
  const b = new Block();

  b.row([
    'Monthly forecast',
    `${plan.scenarios.map((s) => s.name).join(', ')} scenarios over ${assumptions.months} months`,
  ]);
  b.row(
    ['Run at', input.runAt, input.trigger === 'schedule' ? 'scheduled run' : 'run from the menu'],
    [PLAIN, WHEN],
  );
  b.row();

  b.row(['Inputs used']);
  const input2 = (label: string, value: unknown, format = PLAIN) => b.row([label, value], [PLAIN, format]);
  input2('Months to forecast', assumptions.months);
  input2('Start month', monthOf(1), MONTH);
  input2('Hidden cost rate', assumptions.hiddenCostRate, PERCENT);
  input2('Ramp months', assumptions.rampMonths);
  input2('Active partnerships now', plan.activeCount);
  input2('Average monthly payout of active rows', plan.activeAverage ?? 'no active rows', MONEY);
  input2('New partnerships per month', assumptions.plannedPerMonth);
  input2('Planned monthly compensation', assumptions.plannedCompensation, MONEY);
  input2('Average compensation used', plan.averageCompensation, MONEY);
  input2('Observed multiple (measured rows)', plan.observedMultiple ?? 'no measured rows yet', MULTIPLE);
  input2('Measured rows', pipeline.measuredRows);
  if (plan.activeCount === 0 && assumptions.plannedPerMonth === 0) {
    notes.push('No active partnerships and none planned: every month is zero.');
  }
  for (const { row, message } of pipeline.leftOut) notes.push(`Pipeline row ${row} left out: ${message}.`);
  for (const problem of input.actuals?.problems ?? []) notes.push(`${problem}.`);
  for (const note of notes) b.row(['Note', note]);
  b.row();

  b.row(['Scenarios']);
  b.row(['Scenario', 'Return multiple', 'Payback', 'Total cost', 'Revenue', 'Net', 'Cumulative ROI']);
  for (const s of plan.scenarios) {
    const last = s.rows[s.rows.length - 1];
    const cost = s.rows.reduce((sum, r) => sum + r.totalCost, 0);
    const revenue = s.rows.reduce((sum, r) => sum + r.revenue, 0);
    const payback =
      s.payback === undefined
        ? `not within ${assumptions.months} months`
        : `month ${s.payback} (${monthLabel(s.payback)})`;
    b.row(
      [s.name, s.multiple, payback, cost, revenue, revenue - cost, last.cumulativeRoi ?? ''],
      [PLAIN, MULTIPLE, PLAIN, MONEY, MONEY, MONEY, PERCENT],
    );
  }
  b.row();

  b.row(['Cumulative net by scenario']);
  const chartHeader = b.row(['Month', ...plan.scenarios.map((s) => scenarioLabel(s.name, s.multiple))]);
  for (let m = 1; m <= assumptions.months; m++) {
    b.row(
      [monthOf(m), ...plan.scenarios.map((s) => s.rows[m - 1].cumulativeNet)],
      [MONTH, MONEY, MONEY, MONEY],
    );
  }
  const chartData = {
    row: chartHeader,
    column: 1,
    numRows: assumptions.months + 1,
    numColumns: 1 + plan.scenarios.length,
  };
  b.row();

  // The monthly columns of each scenario: exactly ROI_FORECAST's table for the same inputs.
  for (const s of plan.scenarios) {
    b.row([`${scenarioLabel(s.name, s.multiple)}: monthly`]);
    b.row([...FORECAST_COLUMNS]);
    for (const r of s.rows) {
      b.row(monthCells(r, monthOf(r.month)), [
        MONTH,
        PLAIN,
        MONEY,
        MONEY,
        MONEY,
        MONEY,
        MONEY,
        MONEY,
        PERCENT,
      ]);
    }
    b.row();
  }

  if (input.actuals) actualsSection(b, input, monthOf, notes);
  return { values: b.values, formats: b.formats, chartData, notes };
}

/** Forecast (Base scenario) against Actuals per month, and the variance (actual − forecast). */
function actualsSection(b: Block, input: ReportInput, monthOf: (m: number) => Date, notes: string[]): void {
  const { plan, assumptions } = input;
  const base = plan.scenarios.find((s) => s.name === 'Base') ?? plan.scenarios[0];
  const index = (ym: YearMonth) =>
    (ym.year - assumptions.start.year) * 12 + (ym.month - assumptions.start.month) + 1;
  b.row([`Forecast against actuals (${scenarioLabel(base.name, base.multiple)})`]);
  b.row([
    'Month',
    'Forecast cost',
    'Actual cost',
    'Cost variance',
    'Forecast revenue',
    'Actual revenue',
    'Revenue variance',
  ]);
  const outside: string[] = [];
  const repeated = new Set<string>();
  const byMonth = new Map<number, ActualMonth>();
  for (const actual of input.actuals!.actuals) {
    const m = index(actual.month);
    if (m < 1 || m > assumptions.months) {
      outside.push(formatYearMonth(actual.month));
      continue;
    }
    // Several rows for one month (cost lines kept apart) are added up, and said so.
    const earlier = byMonth.get(m);
    if (earlier) repeated.add(formatYearMonth(actual.month));
    byMonth.set(
      m,
      earlier
        ? {
            month: actual.month,
            totalCost: earlier.totalCost + actual.totalCost,
            revenue: earlier.revenue + actual.revenue,
          }
        : actual,
    );
  }
  for (let m = 1; m <= assumptions.months; m++) {
    const f = base.rows[m - 1];
    const a = byMonth.get(m);
    b.row(
      [
        monthOf(m),
        f.totalCost,
        a?.totalCost ?? '',
        a ? a.totalCost - f.totalCost : '',
        f.revenue,
        a?.revenue ?? '',
        a ? a.revenue - f.revenue : '',
      ],
      [MONTH, MONEY, MONEY, MONEY, MONEY, MONEY, MONEY],
    );
  }
  const bottomNotes: string[] = [];
  if (repeated.size)
    bottomNotes.push(`Actuals has several rows for ${[...repeated].join(', ')}: they are added up.`);
  if (outside.length) {
    bottomNotes.push(
      `Actuals for ${outside.join(', ')} fall outside the forecast months and are not compared.`,
    );
  }
  if (bottomNotes.length) b.row();
  for (const note of bottomNotes) {
    notes.push(note);
    b.row(['Note', note]);
  }
}
