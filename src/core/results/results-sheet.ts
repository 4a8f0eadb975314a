/**
 * The results domain (src/core/results/) owns what happened after Promotion: attributed results
 * imported from analytics and shop exports, the payouts they earn, and the debrief that compares
 * them with the brief. This file is the Results sheet's contract, which the import writes and the
 * payouts, the debrief, the lifecycle warnings and the forecast read.
 *
 * One Results row holds one partnership's totals for one month from one source. Its Key
 * (`ID|yyyy-mm|source`) is the row's identity: an import replaces the rows of the keys it brings
 * and never touches others, so importing a file twice changes nothing. Columns are found by header.
 * Key and Month are written as plain text (number format `@`): Sheets would read `2026-11` typed
 * into a cell as a date. An adapter reading a sheet someone re-typed turns Date cells of Month into
 * `yyyy-mm` in the spreadsheet's time zone before it calls readResultRows.
 */
import { textKey } from '../values';

export const RESULTS_SHEET = 'Results';

/** Field key -> exact header text, in the order the import lays them out. */
export const RESULTS_COLUMNS = {
  key: 'Key',
  id: 'Partnership ID',
  month: 'Month',
  source: 'Source',
  sessions: 'Sessions',
  orders: 'Orders',
  attributedSales: 'Attributed sales',
  refunds: 'Refunds',
  views: 'Views',
  engagement: 'Engagement',
  currency: 'Currency',
  importedAt: 'Imported at',
} as const;

export type ResultsField = keyof typeof RESULTS_COLUMNS;
export const RESULTS_FIELDS = Object.keys(RESULTS_COLUMNS) as ResultsField[];

/** The metrics a row sums; a metric the source does not report is null, never a silent 0. */
export const RESULT_METRICS = [
  'sessions',
  'orders',
  'attributedSales',
  'refunds',
  'views',
  'engagement',
] as const;
export type ResultMetric = (typeof RESULT_METRICS)[number];

/** Every metric unreported: what a row's sums start from. */
export function noMetrics(): Record<ResultMetric, number | null> {
  const metrics = {} as Record<ResultMetric, number | null>;
  for (const metric of RESULT_METRICS) metrics[metric] = null;
  return metrics;
}

/** The sources the import recognises by their headers. */
export const RESULT_SOURCES = ['GA4', 'Shopify', 'YouTube', 'Instagram', 'TikTok', 'Generic'] as const;
export type ResultSource = (typeof RESULT_SOURCES)[number];

/** One partnership's totals for one month (`yyyy-mm`) from one source. */
export interface ResultTotals {
  readonly id: string;
  readonly month: string;
  readonly source: ResultSource;
  readonly currency: string;
  readonly metrics: Readonly<Record<ResultMetric, number | null>>;
}

/** The row's identity: one per partnership, month and source. */
export function resultKey(id: string, month: string, source: string): string {
  return `${id}|${month}|${source}`;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** True for a `yyyy-mm` month text. */
export function isMonthText(value: unknown): value is string {
  return typeof value === 'string' && MONTH.test(value);
}

export type ResultsColumnMap = Partial<Record<ResultsField, number>>;

/** Header row -> column index per field (case and surrounding spaces ignored; the first wins). */
export function mapResultsColumns(headers: readonly unknown[]): ResultsColumnMap {
  const byKey = new Map<string, ResultsField>();
  for (const field of RESULTS_FIELDS) byKey.set(textKey(RESULTS_COLUMNS[field]), field);
  const columns: ResultsColumnMap = {};
  headers.forEach((header, index) => {
    const field = byKey.get(textKey(header));
    if (field !== undefined && columns[field] === undefined) columns[field] = index;
  });
  return columns;
}

const asMetric = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;

/**
 * The Results sheet's rows (header first) as totals. Rows without an ID, a `yyyy-mm` month or a
 * known source are skipped: the sheet is the add-on's, so such a row is one a person typed, and it
 * is reported by the caller rather than guessed at.
 */
export function readResultRows(values: readonly (readonly unknown[])[]): {
  readonly rows: ResultTotals[];
  readonly skipped: number[];
} {
  const rows: ResultTotals[] = [];
  const skipped: number[] = [];
  if (values.length === 0) return { rows, skipped };
  const columns = mapResultsColumns(values[0]);
  const cell = (row: readonly unknown[], field: ResultsField) => {
    const index = columns[field];
    return index === undefined ? undefined : row[index];
  };
  for (let r = 1; r < values.length; r++) {
    const row = values[r];
    const id = String(cell(row, 'id') ?? '').trim();
    const month = cell(row, 'month');
    const source = RESULT_SOURCES.find((s) => s === cell(row, 'source'));
    if (id === '' && row.every((v) => v === '' || v === null || v === undefined)) continue;
    if (id === '' || !isMonthText(month) || source === undefined) {
      skipped.push(r + 1);
      continue;
    }
    const metrics = noMetrics();
    for (const metric of RESULT_METRICS) metrics[metric] = asMetric(cell(row, metric));
    rows.push({ id, month, source, currency: String(cell(row, 'currency') ?? '').trim(), metrics });
  }
  return { rows, skipped };
}
