/**
 * The monthly forecast run: Assumptions and the Pipeline in, three scenarios out. Every monthly
 * number comes from `forecast` (the core of ROI_FORECAST) and every payout from `payoutFromCells`
 * (the core of HYBRID_PAYOUT): this file only decides their inputs.
 */

import { type ColumnMap, parseStage, readRow, stageIndex } from '../lifecycle/pipeline';
import { parseStartMonth, type YearMonth } from '../months';
import { payoutFromCells } from '../payout/payout';
import { CallError, isBlank, RowError, textKey, toNonNegative } from '../values';
import { ASSUMPTIONS, type AssumptionKey } from './assumptions';
import {
  type ForecastMonth,
  forecast,
  parseMonthCount,
  parseNonNegative,
  parseRate,
  paybackMonth,
} from './forecast';

export interface Scenario {
  readonly name: 'Conservative' | 'Base' | 'Optimistic';
  readonly multiple: number;
}

export interface Assumptions {
  readonly months: number;
  readonly start: YearMonth;
  readonly hiddenCostRate: number;
  readonly rampMonths: number;
  readonly scenarios: readonly Scenario[];
  readonly plannedPerMonth: number;
  readonly plannedCompensation: number;
}

const labelOf = (key: AssumptionKey): string => ASSUMPTIONS.find((spec) => spec.key === key)!.label;

/**
 * Assumptions from the sheet's label/value rows. Every bad or missing value is named; nothing is
 * guessed. Planned compensation is needed only when partnerships are planned.
 */
export function parseAssumptions(
  rows: readonly (readonly unknown[])[],
  dateToYearMonth: (date: Date) => YearMonth,
  thisMonth: YearMonth,
): { assumptions?: Assumptions; problems: string[] } {
  const values = new Map<string, unknown>();
  for (const [label, value] of rows) {
    const key = textKey(label);
    if (key && !values.has(key)) values.set(key, value);
  }
  const problems: string[] = [];
  const read = <T>(key: AssumptionKey, parse: (value: unknown, name: string) => T): T | undefined => {
    const label = labelOf(key);
    if (!values.has(textKey(label))) {
      problems.push(`"${label}" is missing from Assumptions (run Set up workbook to add it)`);
      return undefined;
    }
    const value = values.get(textKey(label));
    try {
      if (isBlank(value)) throw new CallError(`${label} is blank`);
      return parse(value, label);
    } catch (error) {
      if (error instanceof CallError || error instanceof RowError) {
        problems.push(error.message);
        return undefined;
      }
      throw error;
    }
  };
  const months = read('months', (v, name) => parseMonthCount(v, name));
  const start = read('startMonth', (v, name) => parseStartMonth(v, dateToYearMonth, name, thisMonth));
  const hiddenCostRate = read('hiddenCostRate', (v, name) => parseRate(v, name, 0));
  const rampMonths = read('rampMonths', (v, name) => parseMonthCount(v, name, 1));
  const conservative = read('conservativeMultiple', parseNonNegative);
  const base = read('baseMultiple', parseNonNegative);
  const optimistic = read('optimisticMultiple', parseNonNegative);
  const plannedPerMonth = read('plannedPerMonth', parseNonNegative);
  // Planned compensation matters only when partnerships are planned.
  const plannedCompensation = plannedPerMonth ? read('plannedCompensation', parseNonNegative) : 0;
  if (problems.length > 0) return { problems };
  return {
    problems,
    assumptions: {
      months: months!,
      start: start!,
      hiddenCostRate: hiddenCostRate!,
      rampMonths: rampMonths!,
      scenarios: [
        { name: 'Conservative', multiple: conservative! },
        { name: 'Base', multiple: base! },
        { name: 'Optimistic', multiple: optimistic! },
      ],
      plannedPerMonth: plannedPerMonth!,
      plannedCompensation: plannedCompensation ?? 0,
    },
  };
}

export interface PipelineSummary {
  /** Active rows (Onboarding through Renewal) whose payout could be computed. */
  readonly activePayouts: number[];
  /** Rows left out of the averages, with why. */
  readonly leftOut: { row: number; message: string }[];
  /** Rows from Measurement on, with sales and a payout. */
  readonly measuredRows: number;
  readonly measuredSales: number;
  readonly measuredPayouts: number;
}

const ONBOARDING = stageIndex('Onboarding');
const MEASUREMENT = stageIndex('Measurement');
const RENEWAL = stageIndex('Renewal');

/**
 * Each row's Attributed sales is its monthly run-rate, the period its Payout pays, so a row's monthly
 * compensation is HYBRID_PAYOUT(base fee, commission, attributed sales).
 */
export function summarisePipeline(
  rows: readonly (readonly unknown[])[],
  map: ColumnMap,
  firstRow: number,
): PipelineSummary {
  const activePayouts: number[] = [];
  const leftOut: { row: number; message: string }[] = [];
  let measuredRows = 0;
  let measuredSales = 0;
  let measuredPayouts = 0;
  rows.forEach((cells, i) => {
    const row = readRow(cells, map);
    const stage = parseStage(row.stage);
    if (stage === undefined) return;
    const at = stageIndex(stage);
    const active = at >= ONBOARDING && at <= RENEWAL;
    const measured = at >= MEASUREMENT && !isBlank(row.attributedSales);
    if (!active && !measured) return;
    let payout: number;
    try {
      payout = payoutFromCells(row.baseFee, row.commission, row.attributedSales);
    } catch (error) {
      if (!(error instanceof RowError)) throw error;
      leftOut.push({ row: firstRow + i, message: error.message });
      return;
    }
    if (active) activePayouts.push(payout);
    if (measured) {
      measuredRows++;
      measuredSales += toNonNegative(row.attributedSales, 'Attributed sales');
      measuredPayouts += payout;
    }
  });
  return { activePayouts, leftOut, measuredRows, measuredSales, measuredPayouts };
}

interface ScenarioResult extends Scenario {
  readonly rows: ForecastMonth[];
  /** 1-based month of payback, or undefined when not within the forecast. */
  readonly payback?: number;
}

export interface ForecastPlan {
  readonly partnerships: number[];
  readonly activeCount: number;
  readonly activeAverage?: number;
  readonly averageCompensation: number;
  /** Observed return multiple of measured rows: sales / payouts; undefined without payouts. */
  readonly observedMultiple?: number;
  readonly scenarios: ScenarioResult[];
}

/**
 * Partnerships per month = active rows now + planned new ones accumulated month by month (month m
 * has m months of new partnerships). One average compensation, as ROI_FORECAST takes: active rows at
 * their mean payout and planned ones at the planned compensation, weighted by partnership-months.
 */
export function planForecast(assumptions: Assumptions, pipeline: PipelineSummary): ForecastPlan {
  const activeCount = pipeline.activePayouts.length;
  const activeAverage = activeCount
    ? pipeline.activePayouts.reduce((a, b) => a + b, 0) / activeCount
    : undefined;
  const partnerships: number[] = [];
  let plannedMonths = 0;
  for (let m = 1; m <= assumptions.months; m++) {
    plannedMonths += assumptions.plannedPerMonth * m;
    partnerships.push(activeCount + assumptions.plannedPerMonth * m);
  }
  const activeMonths = activeCount * assumptions.months;
  const totalMonths = activeMonths + plannedMonths;
  const averageCompensation =
    totalMonths === 0
      ? 0
      : (activeMonths * (activeAverage ?? 0) + plannedMonths * assumptions.plannedCompensation) / totalMonths;
  const scenarios = assumptions.scenarios.map((scenario) => {
    const rows = forecast({
      partnerships,
      monthlyCost: averageCompensation,
      returnMultiple: scenario.multiple,
      months: assumptions.months,
      hiddenCostRate: assumptions.hiddenCostRate,
      rampMonths: assumptions.rampMonths,
    });
    return { ...scenario, rows, payback: paybackMonth(rows) };
  });
  return {
    partnerships,
    activeCount,
    activeAverage,
    averageCompensation,
    observedMultiple:
      pipeline.measuredPayouts > 0 ? pipeline.measuredSales / pipeline.measuredPayouts : undefined,
    scenarios,
  };
}

export interface ActualMonth {
  readonly month: YearMonth;
  readonly totalCost: number;
  readonly revenue: number;
}

/** Actuals rows (Month, Total cost, Revenue) found by header; bad rows are named, not guessed. */
export function parseActuals(
  rows: readonly (readonly unknown[])[],
  dateToYearMonth: (date: Date) => YearMonth,
): { actuals: ActualMonth[]; problems: string[] } {
  const header = (rows[0] ?? []).map(textKey);
  const col = {
    month: header.indexOf('month'),
    cost: header.indexOf('total cost'),
    revenue: header.indexOf('revenue'),
  };
  const missing = Object.entries({ Month: col.month, 'Total cost': col.cost, Revenue: col.revenue })
    .filter(([, index]) => index < 0)
    .map(([name]) => `"${name}"`);
  if (missing.length)
    return { actuals: [], problems: [`Actuals is missing ${missing.join(', ')} in its header row`] };
  const actuals: ActualMonth[] = [];
  const problems: string[] = [];
  rows.slice(1).forEach((cells, i) => {
    if ([col.month, col.cost, col.revenue].every((c) => isBlank(cells[c]))) return;
    try {
      const month = parseStartMonth(cells[col.month], dateToYearMonth, 'Month');
      if (!month) throw new CallError('Month is blank');
      actuals.push({
        month,
        totalCost: parseNonNegative(cells[col.cost], 'Total cost'),
        revenue: parseNonNegative(cells[col.revenue], 'Revenue'),
      });
    } catch (error) {
      if (!(error instanceof CallError)) throw error;
      problems.push(`Actuals row ${i + 2}: ${error.message}`);
    }
  });
  return { actuals, problems };
}
