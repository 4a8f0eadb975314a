/**
 * The brief: its sections and fields, as one schema the sidebar renders its form from, the
 * server checks drafts against and the brief sheet is laid out from. A draft is plain JSON (text
 * as typed, dates as ISO yyyy-mm-dd), so it crosses google.script.run and is kept as it is.
 */
import { PLATFORMS } from './pipeline';

export type FieldKind =
  | 'text'
  | 'textarea'
  | 'date'
  | 'money'
  | 'percent'
  | 'count'
  | 'select'
  | 'check'
  | 'url';

export interface BriefField {
  readonly key: string;
  readonly label: string;
  readonly kind: FieldKind;
  readonly required?: boolean;
  readonly options?: readonly string[];
  readonly hint?: string;
  /** Value of a new draft when the Pipeline row has nothing for it. */
  readonly initial?: string;
}

/** A multi-choice group (value exchange): the draft holds the chosen options. */
export interface BriefChoice {
  readonly key: string;
  readonly label: string;
  readonly options: readonly string[];
}

export interface BriefSection {
  readonly key: string;
  readonly title: string;
  readonly hint?: string;
  readonly fields: readonly BriefField[];
  readonly choices?: readonly BriefChoice[];
  /** The section holds the deliverables table / the commission tier table. */
  readonly table?: 'deliverables' | 'tiers';
}

export const TERMS = ['Pilot (1–3 months)', 'Long-term (6–12 months)'] as const;
export const EXCLUSIVITY_OPTIONS = ['None', 'Direct competitors only', 'Full'] as const;
export const COMMISSION_KINDS = ['Flat rate', 'Tiers'] as const;
export const COPY_EDITING = ['Light (facts and claims only)', 'Heavy (rewrites copy)'] as const;
export const DISCLOSURE_WORDINGS = ['#ad', '#sponsored', 'Paid partnership with {brand}'] as const;
export const PRODUCER_BRINGS = ['Audience trust', 'Creative skill', 'Content production'] as const;
export const PRODUCER_EXPECTS = [
  'Compensation',
  'Product access',
  'Distribution',
  'Data',
  'Creative control',
] as const;
export const BRAND_OFFERS = ['Compensation', 'Product access', 'Distribution', 'Data'] as const;
export const BRAND_EXPECTS = PRODUCER_BRINGS;

/** Where the disclosure goes: the guide's rules (FTC, "Disclosures 101 for Social Media Influencers"). */
export const DISCLOSURE_PLACEMENT = [
  'At the start of the caption, before "more" (the first ~125 characters show)',
  'Never buried among hashtags or links at the end',
  'In video: said out loud and shown on screen',
] as const;

export const MAX_KEY_MESSAGES = 3;
export const DEFAULT_REVIEW_ROUNDS = 2;
export const UTM_MEDIUM = 'creator';

const text = (key: string, label: string, extra: Partial<BriefField> = {}): BriefField => ({
  key,
  label,
  kind: 'text',
  ...extra,
});

export const BRIEF_SECTIONS: readonly BriefSection[] = [
  {
    key: 'partnership',
    title: 'Partnership',
    fields: [
      text('producer', 'Producer', { required: true }),
      { key: 'platform', label: 'Platform', kind: 'select', options: PLATFORMS, required: true },
      text('niche', 'Niche'),
      text('brand', 'Brand', { required: true }),
    ],
  },
  {
    key: 'objective',
    title: 'Objective',
    hint: 'The strategic goal, not just a campaign.',
    fields: [
      { key: 'goal', label: 'Strategic goal', kind: 'textarea', required: true },
      { key: 'term', label: 'Term', kind: 'select', options: TERMS, required: true },
      { key: 'startDate', label: 'Start date', kind: 'date', required: true },
      { key: 'endDate', label: 'End date', kind: 'date' },
    ],
  },
  {
    key: 'audience',
    title: 'Audience and positioning',
    hint: 'The product is a tool, not the star.',
    fields: [
      {
        key: 'audienceProblem',
        label: "Problem the content solves for the producer's audience",
        kind: 'textarea',
        required: true,
      },
      { key: 'positioning', label: 'How the product appears', kind: 'textarea' },
    ],
  },
  {
    key: 'messages',
    title: 'Key messages',
    hint: "Up to three, in the producer's own words.",
    fields: [
      text('message1', 'Key message 1', { required: true }),
      text('message2', 'Key message 2'),
      text('message3', 'Key message 3'),
      { key: 'dos', label: "Do's", kind: 'textarea' },
      { key: 'donts', label: "Don'ts", kind: 'textarea' },
    ],
  },
  {
    key: 'latitude',
    title: 'Creative latitude',
    fields: [
      { key: 'producerDecides', label: 'The producer decides', kind: 'textarea' },
      { key: 'brandApproves', label: 'The brand approves', kind: 'textarea' },
    ],
  },
  {
    key: 'value',
    title: 'Value exchange',
    fields: [{ key: 'copyEditing', label: 'Brand copy editing', kind: 'select', options: COPY_EDITING }],
    choices: [
      { key: 'producerBrings', label: 'The producer brings', options: PRODUCER_BRINGS },
      { key: 'producerExpects', label: 'The producer expects', options: PRODUCER_EXPECTS },
      { key: 'brandOffers', label: 'The brand brings', options: BRAND_OFFERS },
      { key: 'brandExpects', label: 'The brand expects', options: BRAND_EXPECTS },
    ],
  },
  { key: 'deliverables', title: 'Deliverables', fields: [], table: 'deliverables' },
  {
    key: 'timeline',
    title: 'Timeline',
    hint: 'Revisit the brief mid-campaign.',
    fields: [
      { key: 'kickoffDate', label: 'Kickoff call', kind: 'date', required: true },
      {
        key: 'reviewRounds',
        label: 'Review rounds',
        kind: 'count',
        required: true,
        initial: String(DEFAULT_REVIEW_ROUNDS),
      },
      { key: 'extraRoundsConfirmed', label: 'More than 2 review rounds agreed', kind: 'check' },
      { key: 'turnaroundDays', label: 'Turnaround per round (days)', kind: 'count', initial: '3' },
      { key: 'launchDate', label: 'Launch', kind: 'date', required: true },
      { key: 'midReviewDate', label: 'Mid-campaign review', kind: 'date' },
    ],
  },
  {
    key: 'compensation',
    title: 'Compensation',
    table: 'tiers',
    fields: [
      { key: 'baseFee', label: 'Base fee', kind: 'money' },
      {
        key: 'commissionKind',
        label: 'Commission',
        kind: 'select',
        options: COMMISSION_KINDS,
        initial: 'Flat rate',
      },
      { key: 'commissionRate', label: 'Commission rate (%)', kind: 'percent' },
      { key: 'bonusThreshold', label: 'Bonus threshold (sales)', kind: 'money' },
      { key: 'bonusAmount', label: 'Bonus amount', kind: 'money' },
      { key: 'cap', label: 'Cap on commission and bonus', kind: 'money' },
      { key: 'expectedSales', label: 'Expected sales (for the preview)', kind: 'money' },
    ],
  },
  {
    key: 'tracking',
    title: 'Tracking',
    fields: [
      { key: 'landingUrl', label: 'Landing URL', kind: 'url' },
      text('utmCampaign', 'Campaign name (default: the partnership ID)'),
    ],
  },
  {
    key: 'disclosure',
    title: 'Disclosure',
    fields: [
      {
        key: 'disclosureWording',
        label: 'Required wording',
        kind: 'select',
        options: DISCLOSURE_WORDINGS,
        required: true,
        initial: '#ad',
      },
      { key: 'spokenInVideo', label: 'Said out loud in video', kind: 'check', initial: 'yes' },
      { key: 'onScreenInVideo', label: 'Shown on screen in video', kind: 'check', initial: 'yes' },
    ],
  },
  {
    key: 'metrics',
    title: 'Success metrics',
    hint: 'Leading indicators and lagging ones, each with a target.',
    fields: [
      { key: 'targetContentOutput', label: 'Content output (pieces)', kind: 'count' },
      { key: 'targetReach', label: 'Reach', kind: 'count' },
      { key: 'targetEngagementRate', label: 'Engagement rate (%)', kind: 'percent' },
      { key: 'targetAttributedSales', label: 'Attributed sales', kind: 'money' },
      { key: 'targetLifetimeValue', label: 'Customer lifetime value', kind: 'money' },
    ],
  },
  {
    key: 'rights',
    title: 'Rights and terms',
    fields: [
      text('usageRights', 'Usage rights', { required: true }),
      {
        key: 'usageOwner',
        label: 'Content owner',
        kind: 'select',
        options: ['Producer (licensed to the brand)', 'Brand'],
      },
      text('usageChannels', 'Channels the brand may use it on'),
      text('usageDuration', 'Duration of use'),
      { key: 'modificationAllowed', label: 'Brand may modify the content', kind: 'check' },
      { key: 'extraRightsFee', label: 'Extra for exclusive or perpetual rights', kind: 'money' },
      {
        key: 'exclusivity',
        label: 'Exclusivity',
        kind: 'select',
        options: EXCLUSIVITY_OPTIONS,
        required: true,
      },
      { key: 'moralsClause', label: 'Morals clause', kind: 'check', initial: 'yes' },
      { key: 'changeOrders', label: 'Scope and change orders', kind: 'textarea' },
      { key: 'termination', label: 'Termination', kind: 'textarea', required: true },
    ],
  },
];

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
/** Longest text a field keeps: a cell holds 50,000 characters, a kept draft 9 KB per property. */
export const MAX_TEXT = { short: 300, long: 2000 } as const;

export interface BriefDraft {
  /** Scalar fields by key, as typed; a ticked check is 'yes'. */
  readonly values: Readonly<Record<string, string>>;
  /** Multi-choice groups by key: the chosen options. */
  readonly choices: Readonly<Record<string, readonly string[]>>;
  readonly deliverables: readonly Deliverable[];
  readonly tiers: readonly TierRow[];
}

export const BRIEF_FIELDS: readonly BriefField[] = BRIEF_SECTIONS.flatMap((s) => s.fields);
export const BRIEF_CHOICES: readonly BriefChoice[] = BRIEF_SECTIONS.flatMap((s) => s.choices ?? []);
const FIELD_BY_KEY = new Map(BRIEF_FIELDS.map((f) => [f.key, f]));
const CHOICE_BY_KEY = new Map(BRIEF_CHOICES.map((c) => [c.key, c]));

export function briefField(key: string): BriefField | undefined {
  return FIELD_BY_KEY.get(key);
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

export function isChoiceKey(key: string): boolean {
  return CHOICE_BY_KEY.has(key);
}
