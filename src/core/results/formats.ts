/**
 * Which export a table is, by its headers, and which column plays which role. The dialog shows
 * the mapping found and lets the person change any role before anything is written, so a guess
 * here is only ever a suggestion.
 */
import { textKey } from '../values';
import type { ResultSource } from './results-sheet';

/** The roles of columns that hold a measure (what a file must have at least one of). */
export const METRIC_ROLES = [
  'sessions',
  'orders',
  'sales',
  'refunds',
  'views',
  'likes',
  'comments',
  'shares',
  'engagement',
] as const;

/** What a column can mean to the import. */
export const IMPORT_ROLES = [
  'campaign',
  'code',
  'date',
  'order',
  'status',
  'currency',
  ...METRIC_ROLES,
] as const;
export type ImportRole = (typeof IMPORT_ROLES)[number];

export const ROLE_LABELS: Readonly<Record<ImportRole, string>> = {
  campaign: 'Campaign or partnership ID',
  code: 'Discount code',
  date: 'Date or month',
  order: 'Order (each counted once)',
  status: 'Financial status',
  currency: 'Currency',
  sessions: 'Sessions',
  orders: 'Orders (conversions)',
  sales: 'Sales (revenue)',
  refunds: 'Refunds',
  views: 'Views',
  likes: 'Likes',
  comments: 'Comments',
  shares: 'Shares',
  engagement: 'Engagement (total)',
};

/** Role -> 0-based column index; a role without a column is absent. */
export type ColumnMapping = Partial<Record<ImportRole, number>>;

/** Header texts per role, best first (compared case- and space-insensitively). */
const COMMON: Readonly<Record<ImportRole, readonly string[]>> = {
  campaign: [
    'partnership id',
    'utm_campaign',
    'session campaign',
    'session manual campaign name',
    'session campaign name',
    'first user campaign',
    'campaign',
    'campaign name',
  ],
  code: ['discount code', 'discount codes', 'coupon code', 'coupon', 'promo code'],
  date: [
    'year month',
    'month',
    'date',
    'day',
    'created at',
    'video publish time',
    'publish time',
    'post time',
    'date posted',
  ],
  order: [],
  status: ['financial status'],
  currency: ['currency'],
  sessions: ['sessions'],
  orders: ['orders', 'key events', 'conversions', 'transactions', 'ecommerce purchases', 'purchases'],
  sales: ['attributed sales', 'total revenue', 'purchase revenue', 'revenue', 'sales', 'total sales'],
  refunds: ['refunds', 'refunded amount', 'refund amount'],
  views: ['views', 'video views', 'total views', 'plays', 'impressions'],
  likes: ['likes', 'total likes'],
  comments: ['comments', 'total comments', 'comments added'],
  shares: ['shares', 'total shares'],
  engagement: ['engagement', 'engagements', 'total engagement'],
};

/** Shopify's order export: one line per line item, the order's fields on its first line. */
const SHOPIFY: Partial<Record<ImportRole, readonly string[]>> = {
  order: ['name'],
  sales: ['total'],
  orders: [],
};

export const SOURCE_LABELS: Readonly<Record<ResultSource, string>> = {
  GA4: 'Google Analytics 4 report',
  Shopify: 'Shopify orders export',
  YouTube: 'YouTube Studio insights',
  Instagram: 'Instagram insights',
  TikTok: 'TikTok insights',
  Generic: 'Generic results table',
};

/** Sources whose rows carry no campaign: the whole file usually belongs to one producer. */
export const PLATFORM_SOURCES: readonly ResultSource[] = ['YouTube', 'Instagram', 'TikTok'];

export interface Detection {
  readonly source: ResultSource;
  readonly mapping: ColumnMapping;
}

const anyOf = (keys: ReadonlySet<string>, names: readonly string[]) => names.some((n) => keys.has(n));

function sourceOf(keys: ReadonlySet<string>, hasComments: boolean): ResultSource | null {
  if (keys.has('name') && keys.has('created at') && keys.has('financial status')) return 'Shopify';
  if (
    anyOf(keys, [
      'session campaign',
      'session manual campaign name',
      'session campaign name',
      'first user campaign',
      'session source / medium',
      'key events',
    ]) ||
    (hasComments && keys.has('sessions'))
  ) {
    return 'GA4';
  }
  if (anyOf(keys, ['video title', 'video publish time', 'watch time (hours)'])) return 'YouTube';
  if (anyOf(keys, ['video views', 'total views', 'video link', 'profile views'])) return 'TikTok';
  if (anyOf(keys, ['permalink', 'account username', 'post type', 'saves'])) return 'Instagram';
  const hasMetric = IMPORT_ROLES.some(
    (role) =>
      ['sessions', 'orders', 'sales', 'refunds', 'views', 'engagement'].includes(role) &&
      anyOf(keys, COMMON[role]),
  );
  if (anyOf(keys, ['partnership id', 'utm_campaign', 'campaign']) && hasMetric) return 'Generic';
  return null;
}

/** The mapping a source's headers suggest: the first header of each role's list that is present. */
export function suggestMapping(headers: readonly string[], source: ResultSource): ColumnMapping {
  const index = new Map<string, number>();
  headers.forEach((h, i) => {
    const key = textKey(h);
    if (!index.has(key)) index.set(key, i);
  });
  const mapping: ColumnMapping = {};
  const taken = new Set<number>();
  for (const role of IMPORT_ROLES) {
    const names = (source === 'Shopify' ? SHOPIFY[role] : undefined) ?? COMMON[role];
    for (const name of names) {
      const at = index.get(name);
      if (at !== undefined && !taken.has(at)) {
        mapping[role] = at;
        taken.add(at);
        break;
      }
    }
  }
  return mapping;
}

/** The export a header row belongs to, with its mapping; null when no known layout fits. */
export function detectFormat(headers: readonly string[], hasComments = false): Detection | null {
  const keys = new Set(headers.map(textKey));
  const source = sourceOf(keys, hasComments);
  return source === null ? null : { source, mapping: suggestMapping(headers, source) };
}

const looksLikeData = (cell: string) => /^[\d.,$€£%\s-]+$/.test(cell) || /^P-\d+$/i.test(cell.trim());

/** Why no layout was recognised: a first row of values, or headers the import does not know. */
export function unknownLayoutMessage(headers: readonly string[]): string {
  const shown = headers
    .slice(0, 4)
    .map((h) => `"${h.slice(0, 30)}"`)
    .join(', ');
  if (headers.some((h) => h.trim() !== '' && looksLikeData(h))) {
    return `The file has no header row: its first row holds values (${shown}). Export it with column names, e.g. Partnership ID, Month, Sessions.`;
  }
  return `No known layout in the header (${shown}${headers.length > 4 ? ', …' : ''}): the import reads GA4, Shopify orders, YouTube, Instagram and TikTok exports, or a table with Partnership ID or utm_campaign, Month or Date, and metric columns such as Sessions, Orders, Attributed sales, Views.`;
}
