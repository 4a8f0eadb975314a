import {
  FORECAST_COLUMNS,
  forecast,
  monthCells,
  parseMonthCount,
  parseNonNegative,
  parsePartnerships,
  parseRate,
} from '../core/forecast/forecast';
import { toGrid, width } from '../core/grid';
import { addMonths, parseStartMonth } from '../core/months';
import { CallError } from '../core/values';
import { dateToYearMonth, firstOfMonth, spreadsheetTimeZone } from '../sheets/time-zone';
import { asCallError } from './rows';

/** A constant, a column (one count per month) or a single row of counts. */
function partnershipCells(arg: unknown): unknown[] {
  const grid = toGrid(arg);
  if (grid === undefined) throw new CallError('partnerships is required');
  if (width(grid) === 1) return grid.map((row) => row[0]);
  if (grid.length === 1) return grid[0];
  throw new CallError(
    `partnerships must be a number or a single column (got ${grid.length} x ${width(grid)})`,
  );
}

function scalar(arg: unknown, name: string): unknown {
  const grid = toGrid(arg);
  if (grid === undefined) return '';
  if (grid.length !== 1 || width(grid) !== 1) throw new CallError(`${name} must be a single value`);
  return grid[0][0];
}

export function roiForecast(
  partnerships: unknown,
  monthlyCost: unknown,
  returnMultiple: unknown,
  months: unknown,
  hiddenCostRate?: unknown,
  rampMonths?: unknown,
  startMonth?: unknown,
) {
  try {
    const monthCount = parseMonthCount(scalar(months, 'months'), 'months');
    const inputs = {
      partnerships: parsePartnerships(partnershipCells(partnerships), monthCount),
      monthlyCost: parseNonNegative(scalar(monthlyCost, 'monthly_cost'), 'monthly_cost'),
      returnMultiple: parseNonNegative(scalar(returnMultiple, 'return_multiple'), 'return_multiple'),
      months: monthCount,
      hiddenCostRate: parseRate(scalar(hiddenCostRate, 'hidden_cost_rate'), 'hidden_cost_rate', 0),
      rampMonths: parseMonthCount(scalar(rampMonths, 'ramp_months'), 'ramp_months', 1),
    };
    const startCell = scalar(startMonth, 'start_month');
    const timeZone = startCell === '' ? '' : spreadsheetTimeZone();
    const start = parseStartMonth(startCell, (date) => dateToYearMonth(date, timeZone));
    const table: Array<Array<number | string | Date>> = [[...FORECAST_COLUMNS]];
    for (const row of forecast(inputs)) {
      table.push(
        monthCells(row, start ? firstOfMonth(addMonths(start, row.month - 1), timeZone) : row.month),
      );
    }
    return table;
  } catch (error) {
    throw asCallError('ROI_FORECAST', error);
  }
}
