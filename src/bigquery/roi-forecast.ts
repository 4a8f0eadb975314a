/** roi_forecast: ROI_FORECAST's table as an array of rows, for UNNEST. */
import {
  FORECAST_COLUMNS,
  forecast,
  monthCells,
  parseMonthCount,
  parseNonNegative,
  parsePartnerships,
  parseRate,
} from '../core/forecast/forecast';
import { addMonths, parseStartMonth, type YearMonth } from '../core/months';
import { CallError } from '../core/values';
import { asCall, cell, type Sql } from './cells';
import { fieldName } from './names';

/** month, month_start, then ROI_FORECAST's other columns by their SQL names (a blank is NULL). */
export type ForecastRow = Record<string, number | Date | null>;

const FIELDS = FORECAST_COLUMNS.slice(1).map(fieldName);

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
    const monthCount = parseMonthCount(cell(months), 'months');
    if (partnerships === null || partnerships.length === 0) throw new CallError('partnerships is required');
    const inputs = {
      partnerships: parsePartnerships(partnerships.map(cell), monthCount),
      monthlyCost: parseNonNegative(cell(monthly_cost), 'monthly_cost'),
      returnMultiple: parseNonNegative(cell(return_multiple), 'return_multiple'),
      months: monthCount,
      hiddenCostRate: parseRate(cell(hidden_cost_rate), 'hidden_cost_rate', 0),
      rampMonths: parseMonthCount(cell(ramp_months), 'ramp_months', 1),
    };
    const start = parseStartMonth(cell(start_month), utcYearMonth);
    return forecast(inputs).map((month) => {
      // The same nine cells ROI_FORECAST and the Forecast sheet show, under their SQL names.
      const cells = monthCells(month, month.month);
      const row: ForecastRow = {
        month: month.month,
        month_start: start ? firstOfMonth(addMonths(start, month.month - 1)) : null,
      };
      FIELDS.forEach((field, i) => {
        const value = cells[i + 1];
        row[field] = value === '' ? null : value;
      });
      return row;
    });
  });
}
