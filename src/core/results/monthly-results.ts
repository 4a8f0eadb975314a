/**
 * One partnership's results per month, from the Results sheet's rows (one per partnership, month
 * and source). The one place that decides how sources add up, for the debrief, the lifecycle's
 * "no results" warning, the forecast's actuals and over-reliance:
 * - sales: a shop ledger and an analytics tool usually report the same orders, so a month's sales
 *   come from one source only, the first by SALES_SOURCES (Shopify's orders, then a generic export,
 *   then GA4's revenue), net of that source's refunds; the other sources' sales are named, not added;
 * - views and engagement: each platform reports its own posts, so they are added up.
 */
import { isMonthText, type ResultSource, type ResultTotals } from './results-sheet';

/** Whose sales figure a month takes when several sources report one (first wins). */
export const SALES_SOURCES: readonly ResultSource[] = [
  'Shopify',
  'Generic',
  'GA4',
  'YouTube',
  'Instagram',
  'TikTok',
];

export interface MonthResult {
  /** yyyy-mm */
  readonly month: string;
  /** Sales net of refunds, from `salesSource`; null when no source reported sales that month. */
  readonly netSales: number | null;
  readonly refunds: number | null;
  readonly salesSource?: ResultSource;
  /** Sources whose sales were not added, since `salesSource` counts the same orders. */
  readonly otherSalesSources: readonly ResultSource[];
  readonly orders: number | null;
  readonly views: number | null;
  readonly engagement: number | null;
}

const add = (a: number | null, b: number | null): number | null => (a === null ? b : b === null ? a : a + b);

/** Each partnership's months, oldest first. A Map: IDs are user text ("constructor" is fine). */
export function monthlyResults(rows: readonly ResultTotals[]): Map<string, MonthResult[]> {
  const byId = new Map<string, Map<string, ResultTotals[]>>();
  for (const row of rows) {
    if (!isMonthText(row.month)) continue;
    let months = byId.get(row.id);
    if (!months) {
      months = new Map();
      byId.set(row.id, months);
    }
    const list = months.get(row.month);
    if (list) list.push(row);
    else months.set(row.month, [row]);
  }
  const out = new Map<string, MonthResult[]>();
  for (const [id, months] of byId) {
    const list = [...months.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([month, sources]) => monthOf(month, sources));
    out.set(id, list);
  }
  return out;
}

function monthOf(month: string, sources: readonly ResultTotals[]): MonthResult {
  const withSales = sources
    .filter((s) => s.metrics.attributedSales !== null)
    .sort((a, b) => SALES_SOURCES.indexOf(a.source) - SALES_SOURCES.indexOf(b.source));
  const chosen = withSales[0];
  let views: number | null = null;
  let engagement: number | null = null;
  for (const s of sources) {
    views = add(views, s.metrics.views);
    engagement = add(engagement, s.metrics.engagement);
  }
  const refunds = chosen ? chosen.metrics.refunds : null;
  return {
    month,
    netSales: chosen ? (chosen.metrics.attributedSales ?? 0) - (refunds ?? 0) : null,
    refunds,
    salesSource: chosen?.source,
    otherSalesSources: withSales.slice(1).map((s) => s.source),
    orders: chosen ? chosen.metrics.orders : null,
    views,
    engagement,
  };
}

/** The latest month with any result per partnership (for the lifecycle's 30-day warning). */
export function latestMonths(rows: readonly ResultTotals[]): Map<string, string> {
  const latest = new Map<string, string>();
  for (const row of rows) {
    if (!isMonthText(row.month)) continue;
    const seen = latest.get(row.id);
    if (seen === undefined || row.month > seen) latest.set(row.id, row.month);
  }
  return latest;
}

/** Net attributed sales per partnership over every month (undefined when none reported sales). */
export function totalSales(rows: readonly ResultTotals[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const [id, months] of monthlyResults(rows)) {
    let sum: number | null = null;
    for (const m of months) sum = add(sum, m.netSales);
    if (sum !== null) totals.set(id, sum);
  }
  return totals;
}
