/** roi_forecast: ROI_FORECAST's table as an array of rows, for UNNEST. */
import {
  forecast,
  parseMonths,
  parseNonNegative,
  parsePartnerships,
  parseRampMonths,
  parseRate,
} from '../core/forecast';
import { addMonths, parseStartMonth, type YearMonth } from '../core/months';
import { CallError } from '../core/values';
import { asCall, cell, type Sql } from './cells';

export interface ForecastRow {
  month: number;
  month_start: Date | null;
  partnerships: number;
  compensation: number;
  hidden_costs: number;
  total_cost: number;
  revenue: number;
  net: number;
  cumulative_net: number;
  cumulative_roi: number | null;
}

// BigQuery hands a DATE to JavaScript as a Date at midnight UTC, so its calendar month is read in UTC
// (https://cloud.google.com/bigquery/docs/user-defined-functions#supported-javascript-udf-data-types).
const utcYearMonth = (date: Date): YearMonth => ({
  year: date.getUTCFullYear(),
  month: date.getUTCMonth() + 1,
});
const firstOfMonth = (ym: YearMonth): Date => new Date(Date.UTC(ym.year, ym.month - 1, 1));

/** ROI_FORECAST's inputs, checked in the order and with the messages of the custom function. */
export function run(
  partnerships: Sql<Sql<number>[]>,
  monthly_cost: Sql<number>,
  return_multiple: Sql<number>,
  months: Sql<number>,
  hidden_cost_rate: Sql<number>,
  ramp_months: Sql<number>,
  start_month: Sql<Date>,
): ForecastRow[] {
  return asCall('ROI_FORECAST', () => {
    const monthCount = parseMonths(cell(months));
    if (partnerships === null || partnerships.length === 0) throw new CallError('partnerships is required');
    const inputs = {
      partnerships: parsePartnerships(partnerships.map(cell), monthCount),
      monthlyCost: parseNonNegative(cell(monthly_cost), 'monthly_cost'),
      returnMultiple: parseNonNegative(cell(return_multiple), 'return_multiple'),
      months: monthCount,
      hiddenCostRate: parseRate(cell(hidden_cost_rate), 'hidden_cost_rate', 0),
      rampMonths: parseRampMonths(cell(ramp_months)),
    };
    const start = parseStartMonth(cell(start_month), utcYearMonth);
    return forecast(inputs).map((row) => ({
      month: row.month,
      month_start: start ? firstOfMonth(addMonths(start, row.month - 1)) : null,
      partnerships: row.partnerships,
      compensation: row.compensation,
      hidden_costs: row.hiddenCosts,
      total_cost: row.totalCost,
      revenue: row.revenue,
      net: row.net,
      cumulative_net: row.cumulativeNet,
      cumulative_roi: row.cumulativeRoi,
    }));
  });
}
