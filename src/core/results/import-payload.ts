/**
 * The server's check of what the dialog sends: untrusted JSON, so every field is re-checked before
 * a cell is written, and every problem is a readable message (the dialog shows it).
 */
import { MAX_MAGNITUDE } from '../values';
import type { ImportPayload, ImportTotal } from './import-contract';
import {
  isMonthText,
  RESULT_METRICS,
  RESULT_SOURCES,
  type ResultMetric,
  type ResultSource,
  resultKey,
} from './results-sheet';

/** More totals than this is not one export of one source: 1,000 partnerships over 100 months. */
export const MAX_TOTALS = 100_000;
const CURRENCY_CODE = /^[A-Z]{3}$/;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function metricOf(value: unknown, metric: ResultMetric, where: string): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'number' || !Number.isFinite(value) || Math.abs(value) > MAX_MAGNITUDE) {
    throw new Error(`${where}: ${metric} must be a number (at most 1e15).`);
  }
  return value;
}

/** The payload as the server may trust it, or an Error naming what is wrong. */
export function parseImportPayload(input: unknown, knownIds: ReadonlySet<string>): ImportPayload {
  if (!isObject(input)) throw new Error('The import sent nothing to write: read the file again.');
  const source = RESULT_SOURCES.find((s) => s === input.source) as ResultSource | undefined;
  if (source === undefined) throw new Error(`Unknown source ${JSON.stringify(input.source)}.`);
  const currency = typeof input.currency === 'string' ? input.currency.trim().toUpperCase() : '';
  if (currency !== '' && !CURRENCY_CODE.test(currency)) {
    throw new Error('The currency must be a three-letter code such as USD.');
  }
  if (!Array.isArray(input.totals) || input.totals.length === 0) {
    throw new Error('No row of the file belongs to a partnership of the Pipeline: nothing to write.');
  }
  if (input.totals.length > MAX_TOTALS) throw new Error(`At most ${MAX_TOTALS} totals per import.`);
  const seen = new Set<string>();
  const totals: ImportTotal[] = input.totals.map((raw, i) => {
    const where = `Total ${i + 1}`;
    if (!isObject(raw) || !isObject(raw.metrics)) throw new Error(`${where} is not a total.`);
    const id = typeof raw.id === 'string' ? raw.id.trim() : '';
    if (!knownIds.has(id)) {
      throw new Error(
        `${id ? `${id.slice(0, 40)} is` : 'A total has a partnership that is'} not in the Pipeline any more: open the import again.`,
      );
    }
    if (!isMonthText(raw.month)) throw new Error(`${where}: month must be yyyy-mm.`);
    const rawMetrics = raw.metrics;
    const metrics = {} as Record<ResultMetric, number | null>;
    for (const metric of RESULT_METRICS) metrics[metric] = metricOf(rawMetrics[metric], metric, where);
    const key = resultKey(id, raw.month, source);
    if (seen.has(key)) throw new Error(`${id} ${raw.month} appears twice in the import.`);
    seen.add(key);
    return { id, month: raw.month, metrics };
  });
  const count = (value: unknown) =>
    typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : 0;
  const fileName = typeof input.fileName === 'string' ? input.fileName.trim().slice(0, 120) : '';
  return {
    source,
    fileName: fileName || 'the file',
    currency,
    totals,
    rowsRead: count(input.rowsRead),
    unattributedRows: count(input.unattributedRows),
  };
}
