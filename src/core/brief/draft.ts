/**
 * Brief drafts: new ones, and ones read back from untrusted JSON. A draft is plain JSON (text as
 * typed, dates as ISO yyyy-mm-dd), so it crosses google.script.run and is kept as it is.
 */
import { BRIEF_CHOICES, BRIEF_FIELDS } from './sections';

export const DELIVERABLE_COLUMNS = [
  { key: 'item', label: 'Item', kind: 'text' },
  { key: 'platform', label: 'Platform', kind: 'text' },
  { key: 'format', label: 'Format', kind: 'text' },
  { key: 'count', label: 'Count', kind: 'count' },
  { key: 'draftDate', label: 'Draft date', kind: 'date' },
  { key: 'goLiveDate', label: 'Go-live date', kind: 'date' },
] as const;
export type DeliverableKey = (typeof DELIVERABLE_COLUMNS)[number]['key'];
export type Deliverable = Readonly<Record<DeliverableKey, string>>;

export const TIER_COLUMNS = [
  { key: 'from', label: 'Sales from', kind: 'money' },
  { key: 'rate', label: 'Rate (%)', kind: 'percent' },
] as const;
export type TierKey = (typeof TIER_COLUMNS)[number]['key'];
export type TierRow = Readonly<Record<TierKey, string>>;

export const MAX_DELIVERABLES = 20;
export const MAX_TIERS = 10;
/** Longest text a field keeps (briefs and kept drafts alike): a cell holds 50,000 characters. */
export const MAX_TEXT = { short: 300, long: 2000 } as const;

export interface BriefDraft {
  /** Scalar fields by key, as typed; a ticked check is 'yes'. */
  readonly values: Readonly<Record<string, string>>;
  /** Multi-choice groups by key: the chosen options. */
  readonly choices: Readonly<Record<string, readonly string[]>>;
  readonly deliverables: readonly Deliverable[];
  readonly tiers: readonly TierRow[];
}

export function emptyDeliverable(): Deliverable {
  return { item: '', platform: '', format: '', count: '1', draftDate: '', goLiveDate: '' };
}

/** A new draft: each field's initial value, one empty deliverable row. */
export function newDraft(prefill: Readonly<Record<string, string>> = {}): BriefDraft {
  const values: Record<string, string> = {};
  for (const field of BRIEF_FIELDS) values[field.key] = prefill[field.key] ?? field.initial ?? '';
  const choices: Record<string, string[]> = {};
  for (const choice of BRIEF_CHOICES) choices[choice.key] = [];
  return { values, choices, deliverables: [emptyDeliverable()], tiers: [] };
}

const asText = (value: unknown): string =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';

const rowsOf = <K extends string>(
  value: unknown,
  keys: readonly K[],
  max: number,
): Readonly<Record<K, string>>[] => {
  if (!Array.isArray(value)) return [];
  return value.slice(0, max).map((row) => {
    const out = {} as Record<K, string>;
    for (const key of keys)
      out[key] = asText(row && typeof row === 'object' ? (row as Record<K, unknown>)[key] : '');
    return out;
  });
};

/**
 * A draft from untrusted JSON (the sidebar, a kept property): only the schema's keys, only text,
 * only known options in the groups. Own properties only, so "__proto__" or "constructor" find nothing.
 */
export function normalizeDraft(input: unknown): BriefDraft {
  const raw = (input && typeof input === 'object' ? input : {}) as Record<string, unknown>;
  // Own data properties only (ES2019, which Apps Script's V8 runs): "__proto__" finds nothing.
  const own = (obj: unknown, key: string): unknown =>
    obj && typeof obj === 'object' ? Object.getOwnPropertyDescriptor(obj, key)?.value : undefined;
  const values: Record<string, string> = {};
  for (const field of BRIEF_FIELDS) values[field.key] = asText(own(raw.values, field.key));
  const choices: Record<string, string[]> = {};
  for (const choice of BRIEF_CHOICES) {
    const picked = own(raw.choices, choice.key);
    const set = new Set(Array.isArray(picked) ? picked.map(asText) : []);
    choices[choice.key] = choice.options.filter((option) => set.has(option));
  }
  return {
    values,
    choices,
    deliverables: rowsOf(
      raw.deliverables,
      DELIVERABLE_COLUMNS.map((c) => c.key),
      MAX_DELIVERABLES,
    ),
    tiers: rowsOf(
      raw.tiers,
      TIER_COLUMNS.map((c) => c.key),
      MAX_TIERS,
    ),
  };
}
