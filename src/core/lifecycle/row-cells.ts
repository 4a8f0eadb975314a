/** Cell readers the row rules and the maturity evidence share: blank rows, ticks, dates, UTM links. */

import { describeValue, isBlank, isDate, RowError } from '../values';
import { PIPELINE_COLUMNS, type PipelineField, type PipelineRow } from './pipeline';

/** A column's header, as messages name it. */
export const columnName = (field: PipelineField): string => PIPELINE_COLUMNS[field];

/** Fields that say nothing about a partnership on their own: the add-on's and the formulas' columns. */
const PASSIVE_FIELDS = new Set<PipelineField>(['id', 'status', 'score', 'payout']);

/** A row with nothing a person typed (an unticked box counts as nothing) gets no Status. */
export function isBlankRow(row: PipelineRow): boolean {
  for (const field of Object.keys(row) as PipelineField[]) {
    if (PASSIVE_FIELDS.has(field)) continue;
    const value = row[field];
    if (!isBlank(value) && value !== false) return false;
  }
  return true;
}

/** Checkbox cells: TRUE/FALSE, and the text people type instead ("yes", "x"). */
export function parseTick(value: unknown, field: PipelineField): boolean {
  if (value === true || value === false) return value;
  if (isBlank(value)) return false;
  if (typeof value === 'string') {
    const key = value.trim().toLowerCase();
    if (['true', 'yes', 'y', 'x', '✓', '✔'].includes(key)) return true;
    if (['false', 'no', 'n'].includes(key)) return false;
  }
  throw new RowError(`${columnName(field)} must be ticked or not (got ${describeValue(value)})`);
}

export function parseDate(value: unknown, field: PipelineField): Date | undefined {
  if (isBlank(value)) return undefined;
  if (isDate(value)) return value;
  throw new RowError(`${columnName(field)} must be a date (got ${describeValue(value)})`);
}

const REQUIRED_UTM = ['utm_source', 'utm_medium', 'utm_campaign'];

/** An http(s) URL whose query carries utm_source, utm_medium and utm_campaign with values. */
export function utmProblem(value: unknown): string | undefined {
  const text = typeof value === 'string' ? value.trim() : '';
  // The host, then nothing or a "/", "?" or "#" and the rest: unambiguous, so linear in the length
  // (host characters could also match a following `[^\s]*`, which backtracked quadratically).
  if (!/^https?:\/\/[^\s/?#]+(?:[/?#]\S*)?$/i.test(text)) {
    return `UTM link must be an http(s) URL (got ${describeValue(value)})`;
  }
  const query = text.split('#')[0].split('?').slice(1).join('?');
  const present = new Set<string>();
  for (const pair of query.split('&')) {
    const [key, val] = pair.split('=');
    let decoded = key;
    try {
      decoded = decodeURIComponent(key);
    } catch {
      // A malformed escape is just not a utm key.
    }
    if (val !== undefined && val !== '') present.add(decoded.toLowerCase());
  }
  const missing = REQUIRED_UTM.filter((key) => !present.has(key));
  return missing.length ? `UTM link is missing ${missing.join(', ')}` : undefined;
}
