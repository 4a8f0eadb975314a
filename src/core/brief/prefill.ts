/**
 * What a Pipeline row already knows, as brief field values: producer, platform, niche, base fee,
 * commission, dates, usage rights, exclusivity and revision rounds. Values that do not fit a
 * field (a platform outside the list, an exclusivity the brief does not offer) are left blank
 * rather than guessed.
 */

import { type PipelineRow, PLATFORMS } from '../lifecycle/pipeline';
import { isBlank, isDate } from '../values';
import { EXCLUSIVITY_OPTIONS } from './fields';

/** The Pipeline's exclusivity words, as the brief's options. */
const EXCLUSIVITY_FROM_PIPELINE = new Map<string, string>([
  ['none', 'None'],
  ['category', 'Direct competitors only'],
  ['full', 'Full'],
]);

const plainNumber = (n: number): string => String(Number(n.toPrecision(12)));

export function briefPrefill(row: PipelineRow, isoDate: (date: Date) => string): Record<string, string> {
  const out: Record<string, string> = {};
  const text = (value: unknown) => (isBlank(value) ? '' : String(value).trim());
  const set = (key: string, value: string) => {
    if (value !== '') out[key] = value;
  };
  set('producer', text(row.producer));
  const platform = PLATFORMS.find((p) => p.toLowerCase() === text(row.platform).toLowerCase());
  if (platform) set('platform', platform);
  set('niche', text(row.niche));
  const money = (value: unknown) => (typeof value === 'number' ? plainNumber(value) : text(value));
  set('baseFee', money(row.baseFee));
  if (typeof row.commission === 'number') set('commissionRate', plainNumber(row.commission * 100));
  else set('commissionRate', text(row.commission));
  if (isDate(row.startDate)) set('startDate', isoDate(row.startDate));
  if (isDate(row.endDate)) set('endDate', isoDate(row.endDate));
  set('usageRights', text(row.usageRights));
  const exclusivity =
    EXCLUSIVITY_FROM_PIPELINE.get(text(row.exclusivity).toLowerCase()) ??
    EXCLUSIVITY_OPTIONS.find((o) => o.toLowerCase() === text(row.exclusivity).toLowerCase());
  if (exclusivity) set('exclusivity', exclusivity);
  set('reviewRounds', money(row.revisionRounds));
  return out;
}
