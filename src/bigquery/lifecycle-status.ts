/**
 * lifecycle_status: the Status text the Pipeline validation writes, for a row given as
 * TO_JSON(row). The block-level parts of "Validate all rows" need the whole table and are done in
 * SQL instead: the producer's share of attributed sales comes in as an argument, duplicate IDs are
 * a GROUP BY, and the stage a row was last validated at comes from wherever the query keeps it.
 */

import { isOverReliant } from '../core/concentration/over-reliance';
import { statusText } from '../core/lifecycle/findings';
import {
  type ColumnMap,
  mapColumns,
  missingColumns,
  OPTIONAL_COLUMNS,
  PIPELINE_COLUMNS,
  type PipelineRow,
  parseStage,
  readRow,
  STAGES,
} from '../core/lifecycle/pipeline';
import { isBlankRow } from '../core/lifecycle/row-cells';
import { validateRow } from '../core/lifecycle/row-rules';
import type { ResultsContext } from '../core/lifecycle/row-rules-results';
import { REQUIRED_FIELDS } from '../core/lifecycle/validate-rows';
import { isMonthText } from '../core/results/results-sheet';
import { CallError, describeValue, isBlank } from '../core/values';
import { asCall, type Sql } from './cells';

/**
 * Column names as BigQuery may spell them: `bq load` and Connected Sheets turn "Last check-in"
 * into Last_check_in, so case and everything but letters and digits are ignored.
 */
const columnKey = (name: string): string => name.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Each header the Pipeline knows (its columns and the optional ones), by column key. */
const HEADER_BY_KEY = new Map<string, string>(
  [...Object.values(PIPELINE_COLUMNS), ...Object.values(OPTIONAL_COLUMNS)].map((header) => [
    columnKey(header),
    header,
  ]),
);

const DATE_HEADERS = new Set<string>([
  PIPELINE_COLUMNS.startDate,
  PIPELINE_COLUMNS.endDate,
  PIPELINE_COLUMNS.lastCheckIn,
]);

// TO_JSON writes a DATE as "2026-01-15", a DATETIME as "2026-01-15T10:00:00" and a TIMESTAMP as
// "2026-01-15T10:00:00Z". Each part is a fixed run of digits, so matching is linear.
const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|([+-])(\d{2}):(\d{2}))?)?$/;

/**
 * A date column's JSON text as the Date a date cell holds (a DATETIME is read as UTC, as a DATE is);
 * anything else, including a day that does not exist, is left for the rules to name.
 */
function dateOf(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const match = ISO_DATE.exec(value.trim());
  if (!match) return value;
  const [year, month, day, hours, minutes, seconds] = match.slice(1, 7).map((part) => Number(part ?? 0));
  const ms = Number((match[7] ?? '0').slice(0, 3).padEnd(3, '0'));
  const date = new Date(Date.UTC(year, month - 1, day, hours, minutes, seconds, ms));
  const exists =
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    date.getUTCHours() === hours &&
    date.getUTCMinutes() === minutes &&
    date.getUTCSeconds() === seconds;
  if (!exists) return value;
  const offset = match[9] ? (match[9] === '-' ? -1 : 1) * (Number(match[10]) * 60 + Number(match[11])) : 0;
  return new Date(date.getTime() - offset * 60_000);
}

interface Layout {
  readonly names: readonly string[];
  readonly columns: ColumnMap;
  readonly isDate: readonly boolean[];
}

/**
 * How a row's keys map to the Pipeline's columns: its keys read as the headers they spell, then the
 * core's own header map. Status is what this function computes, so a Status column is not read.
 * The rows of one query share their keys, so the last layout is kept (a memo: the same keys always
 * give the same layout).
 */
let lastLayout: Layout | undefined;
function layoutOf(names: readonly string[]): Layout {
  const last = lastLayout;
  if (last && last.names.length === names.length && last.names.every((name, i) => name === names[i]))
    return last;
  const headers = names.map((name) => HEADER_BY_KEY.get(columnKey(name)) ?? name);
  const columns = mapColumns(headers);
  delete columns.status;
  lastLayout = { names, columns, isDate: headers.map((header) => DATE_HEADERS.has(header)) };
  return lastLayout;
}

/**
 * The results the Sheets side reads from its Results sheet, for the "no results for 30 days" warning:
 * in BigQuery a join puts the partnership's latest results month in the row, as a key spelt like
 * "Latest result month" (STRING "2026-10" or a DATE in that month). A row without the key gets no
 * such warning (as a spreadsheet without a Results sheet); with the key NULL, it has no results yet.
 */
const LATEST_RESULT_KEY = columnKey('Latest result month');

function resultsOf(json: Record<string, unknown>): ResultsContext | undefined {
  const name = Object.keys(json).find((key) => columnKey(key) === LATEST_RESULT_KEY);
  if (name === undefined) return undefined;
  const value = json[name];
  if (value === null) return {};
  const month = typeof value === 'string' ? /^(\d{4}-\d{2})(?:-\d{2})?$/.exec(value.trim())?.[1] : undefined;
  if (month === undefined || !isMonthText(month)) {
    throw new CallError(`${name} must be a month like "2026-10" or a DATE (got ${describeValue(value)})`);
  }
  return { latestMonth: month };
}

/** The row as the Pipeline sheet would hand it to the rules, read by the core's row reader. */
function readJsonRow(json: Record<string, unknown>): { row: PipelineRow; columns: ColumnMap } {
  const names = Object.keys(json);
  const { columns, isDate } = layoutOf(names);
  const cells = names.map((name, i) => (isDate[i] ? dateOf(json[name]) : json[name]));
  return { row: readRow(cells, columns), columns };
}

export function run(
  row: Sql<unknown>,
  now: Sql<Date>,
  previous_stage: Sql<string>,
  over_reliance_share: Sql<number>,
): string | null {
  return asCall('LIFECYCLE_STATUS', () => {
    if (row === null) return null;
    if (typeof row !== 'object' || Array.isArray(row)) {
      throw new CallError(
        `row must be a JSON object of the Pipeline's columns, e.g. TO_JSON(t) (got ${describeValue(row)})`,
      );
    }
    if (now === null) throw new CallError('now is required, e.g. CURRENT_TIMESTAMP()');
    const previous = previous_stage === null ? undefined : parseStage(previous_stage);
    if (previous_stage !== null && previous === undefined) {
      throw new CallError(
        `previous_stage ${describeValue(previous_stage)} is not one of ${STAGES.join(', ')}`,
      );
    }
    const { row: pipelineRow, columns } = readJsonRow(row as Record<string, unknown>);
    if (isBlankRow(pipelineRow)) return null;
    // As "Validate all rows": the warning names a producer, so a row without one gets none.
    const overReliant =
      over_reliance_share !== null && isOverReliant(over_reliance_share) && !isBlank(pipelineRow.producer);
    const verdict = validateRow(pipelineRow, {
      now: now.getTime(),
      previous: previous === undefined ? undefined : { stage: previous, skipped: [] },
      missingFields: missingColumns(columns, REQUIRED_FIELDS),
      overRelianceShare: overReliant ? over_reliance_share : undefined,
      results: resultsOf(row as Record<string, unknown>),
    });
    return statusText(verdict.findings);
  });
}
