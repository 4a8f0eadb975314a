/**
 * The forecast domain (src/core/forecast/) owns money over time: the monthly ROI forecast (this
 * file, the core of ROI_FORECAST), the Assumptions sheet's inputs, the three-scenario plan of the
 * menu's forecast and the Forecast sheet's report.
 *
 * Monthly ROI forecast of a partnership program: compensation, hidden costs (legal, samples,
 * team time), revenue at a return multiple reached after a ramp-up, and cumulative ROI.
 * The one source of truth for ROI_FORECAST and the menu's monthly forecast.
 */
import { CallError, describeValue, isBlank, RowError, rateTooHigh, toNumber } from '../values';

export const FORECAST_COLUMNS = [
  'Month',
  'Partnerships',
  'Compensation',
  'Hidden costs',
  'Total cost',
  'Revenue',
  'Net',
  'Cumulative net',
  'Cumulative ROI',
] as const;

const MAX_FORECAST_MONTHS = 120;

interface ForecastInputs {
  /** Active partnerships in each month; at least `months` entries. */
  readonly partnerships: readonly number[];
  /** Average compensation per partnership per month. */
  readonly monthlyCost: number;
  /** Attributed revenue / compensation at full speed. */
  readonly returnMultiple: number;
  readonly months: number;
  /** Hidden costs as a fraction of compensation. */
  readonly hiddenCostRate: number;
  /** Months until full return; revenue in month m is scaled by min(1, m / rampMonths). */
  readonly rampMonths: number;
}

export interface ForecastMonth {
  /** 1-based month number. */
  readonly month: number;
  readonly partnerships: number;
  readonly compensation: number;
  readonly hiddenCosts: number;
  readonly totalCost: number;
  readonly revenue: number;
  readonly net: number;
  readonly cumulativeNet: number;
  /** (revenue so far - cost so far) / cost so far; null while the cost so far is 0. */
  readonly cumulativeRoi: number | null;
}

export function forecast(inputs: ForecastInputs): ForecastMonth[] {
  const rows: ForecastMonth[] = [];
  let revenueSoFar = 0;
  let costSoFar = 0;
  for (let m = 1; m <= inputs.months; m++) {
    const partnerships = inputs.partnerships[m - 1];
    const compensation = partnerships * inputs.monthlyCost;
    const hiddenCosts = compensation * inputs.hiddenCostRate;
    const totalCost = compensation + hiddenCosts;
    const revenue = compensation * inputs.returnMultiple * Math.min(1, m / inputs.rampMonths);
    revenueSoFar += revenue;
    costSoFar += totalCost;
    rows.push({
      month: m,
      partnerships,
      compensation,
      hiddenCosts,
      totalCost,
      revenue,
      net: revenue - totalCost,
      cumulativeNet: revenueSoFar - costSoFar,
      cumulativeRoi: costSoFar === 0 ? null : (revenueSoFar - costSoFar) / costSoFar,
    });
  }
  return rows;
}

/** The nine cells of a month under FORECAST_COLUMNS, as ROI_FORECAST and the Forecast sheet show them. */
export function monthCells<M>(row: ForecastMonth, month: M): [M, ...Array<number | ''>] {
  return [
    month,
    row.partnerships,
    row.compensation,
    row.hiddenCosts,
    row.totalCost,
    row.revenue,
    row.net,
    row.cumulativeNet,
    row.cumulativeRoi ?? '',
  ];
}

/**
 * First month (1-based) whose cumulative net is >= 0 once something has been spent, or undefined
 * when not within the forecast. A program that has cost nothing has not paid back anything.
 */
export function paybackMonth(rows: readonly ForecastMonth[]): number | undefined {
  return rows.find((row) => row.cumulativeRoi !== null && row.cumulativeNet >= 0)?.month;
}

// ---- Inputs from cells: one place that names every bad input -------------------------------------

function required(value: unknown, name: string): number {
  if (isBlank(value)) throw new CallError(`${name} is blank`);
  try {
    return toNumber(value, name);
  } catch (error) {
    throw new CallError((error as Error).message);
  }
}

/**
 * A number of months from 1 to MAX_FORECAST_MONTHS: the forecast's length, or its ramp. A blank
 * cell is an error unless `whenBlank` is given (ramp_months defaults to 1: no ramp).
 */
export function parseMonthCount(value: unknown, name: string, whenBlank?: number): number {
  if (whenBlank !== undefined && isBlank(value)) return whenBlank;
  const n = required(value, name);
  if (!Number.isInteger(n) || n < 1 || n > MAX_FORECAST_MONTHS) {
    throw new CallError(
      `${name} must be a whole number from 1 to ${MAX_FORECAST_MONTHS} (got ${describeValue(n)})`,
    );
  }
  return n;
}

export function parseNonNegative(value: unknown, name: string): number {
  const n = required(value, name);
  if (n < 0) throw new CallError(`${name} must be 0 or more (got ${describeValue(n)})`);
  return n;
}

/** A fraction from 0 to 1, with the "did you mean 20%?" hint for a whole number typed as a rate. */
export function parseRate(value: unknown, name: string, fallback: number): number {
  if (isBlank(value)) return fallback;
  const n = required(value, name);
  if (n > 1) throw new CallError(rateTooHigh(name, value, n));
  if (n < 0) throw new CallError(`${name} must be between 0% and 100% (got ${describeValue(n)})`);
  return n;
}

/** Partnerships per month from a constant or a column; a bad month fails the whole table, naming it. */
export function parsePartnerships(
  column: readonly unknown[],
  months: number,
  name = 'partnerships',
): number[] {
  if (column.length === 1) {
    const n = parseNonNegative(column[0], name);
    return new Array(months).fill(n);
  }
  if (column.length < months) {
    throw new CallError(
      `${name} has ${column.length} months but months is ${months}: give one count per month or a single number`,
    );
  }
  const counts: number[] = new Array(months);
  for (let i = 0; i < months; i++) {
    const value = column[i];
    if (isBlank(value)) throw new CallError(`${name} is blank in month ${i + 1}`);
    let n: number;
    try {
      n = toNumber(value, name);
    } catch (error) {
      if (error instanceof RowError) throw new CallError(`${error.message} in month ${i + 1}`);
      throw error;
    }
    if (n < 0) throw new CallError(`${name} must be 0 or more (got ${describeValue(n)} in month ${i + 1})`);
    counts[i] = n;
  }
  return counts;
}
