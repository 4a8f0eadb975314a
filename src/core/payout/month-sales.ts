/**
 * What a partnership sold in a month, from the Results rows: attributed sales net of refunds,
 * summed over the sources, as HYBRID_PAYOUT's attributed_sales is documented ("net of refunds").
 * A source that reports no sales (views only) adds nothing; a month without any Results row has
 * no entry at all, so a caller can tell "no results" from "sold nothing".
 */
import { addMonths, formatYearMonth } from '../months';
import { isMonthText, type ResultTotals } from '../results/results-sheet';

export interface SourceSales {
  readonly source: string;
  readonly sales: number;
  readonly refunds: number;
}

export interface MonthSales {
  readonly sales: number;
  readonly refunds: number;
  /** sales - refunds: what commission is paid on (never below 0 when paid). */
  readonly net: number;
  readonly sources: readonly SourceSales[];
  /** The currencies its rows name: more than one means the sums mean nothing. */
  readonly currencies: readonly string[];
}

export const salesKey = (id: string, month: string): string => `${id}|${month}`;

/** One pass over the Results rows: sales per partnership and month. */
export function salesByMonth(rows: readonly ResultTotals[]): Map<string, MonthSales> {
  const sums = new Map<
    string,
    { sales: number; refunds: number; sources: SourceSales[]; currencies: string[] }
  >();
  for (const row of rows) {
    const key = salesKey(row.id, row.month);
    const sum = sums.get(key) ?? { sales: 0, refunds: 0, sources: [], currencies: [] };
    const currency = row.currency.toUpperCase();
    if (currency !== '' && !sum.currencies.includes(currency)) sum.currencies.push(currency);
    const sales = row.metrics.attributedSales ?? 0;
    const refunds = row.metrics.refunds ?? 0;
    sum.sales += sales;
    sum.refunds += refunds;
    if (row.metrics.attributedSales !== null || row.metrics.refunds !== null)
      sum.sources.push({ source: row.source, sales, refunds });
    sums.set(key, sum);
  }
  const out = new Map<string, MonthSales>();
  for (const [key, sum] of sums) out.set(key, { ...sum, net: sum.sales - sum.refunds });
  return out;
}

/** The month before `today`'s month: the last full month. */
export function lastFullMonth(today: { year: number; month: number }): string {
  return formatYearMonth(addMonths(today, -1));
}

/**
 * The month typed into the prompt: `yyyy-mm`, blank for the last full month. A month that has not
 * ended yet is refused: its sales are still coming in, and an approved row is never recomputed.
 */
export function parsePayoutMonth(
  typed: string,
  fallback: string,
  thisMonth: string,
): { month: string } | { problem: string } {
  const text = typed.trim();
  if (text === '') return { month: fallback };
  if (!isMonthText(text)) {
    const shown = typed.trim().length > 40 ? `${typed.trim().slice(0, 37)}...` : typed.trim();
    return { problem: `Type the month as yyyy-mm, for example ${fallback} (got "${shown}").` };
  }
  if (text >= thisMonth)
    return {
      problem: `${text} has not ended yet: payouts are prepared for a month that is over (the last is ${fallback}).`,
    };
  return { month: text };
}
