/**
 * Hybrid payout: a base fee plus commission on attributed sales, optionally with marginal tiers,
 * a performance bonus and a cap on the variable part. The base fee is always paid.
 */
import {
  CallError,
  describeValue,
  isBlank,
  parseNumericText,
  RowError,
  toNonNegative,
  toRate,
} from './values';

/** A marginal band: `rate` applies to the part of sales from `from` up to the next band's `from`. */
export interface Tier {
  readonly from: number;
  readonly rate: number;
}

/** A flat rate or a marginal tier table (always starting at 0, strictly ascending). */
export type Commission =
  | { readonly kind: 'rate'; readonly rate: number }
  | { readonly kind: 'tiers'; readonly tiers: readonly Tier[] };

export interface PayoutTerms {
  readonly baseFee: number;
  readonly commission: Commission;
  readonly sales: number;
  readonly bonusThreshold?: number;
  readonly bonusAmount?: number;
  readonly cap?: number;
}

function tierNumber(value: unknown, what: string, row: number): number {
  const n =
    typeof value === 'number' ? value : typeof value === 'string' ? parseNumericText(value) : undefined;
  if (n === undefined || !Number.isFinite(n)) {
    throw new CallError(`tier table row ${row}: ${what} must be a number (got ${describeValue(value)})`);
  }
  return n;
}

/**
 * A tier table from rows of (sales_from, rate). Trailing blank rows are ignored so an open-ended
 * range works; anything else wrong fails the call, since every row shares the table.
 */
export function parseTierTable(rows: readonly (readonly unknown[])[]): Tier[] {
  let last = rows.length;
  while (last > 0 && isBlank(rows[last - 1][0]) && isBlank(rows[last - 1][1])) last--;
  if (last === 0) throw new CallError('commission tier table is empty');
  const tiers: Tier[] = [];
  for (let i = 0; i < last; i++) {
    const from = tierNumber(rows[i][0], 'sales_from', i + 1);
    const rate = tierNumber(rows[i][1], 'rate', i + 1);
    if (rate > 1)
      throw new CallError(`tier table row ${i + 1}: rate ${rate} is over 100%: did you mean ${rate}%?`);
    if (rate < 0) throw new CallError(`tier table row ${i + 1}: rate must be 0% or more (got ${rate})`);
    if (i === 0 && from !== 0) throw new CallError(`tier table must start at sales_from 0 (got ${from})`);
    if (i > 0 && from <= tiers[i - 1].from) {
      throw new CallError(
        `tier table sales_from must be strictly ascending (row ${i + 1}: ${from} after ${tiers[i - 1].from})`,
      );
    }
    tiers.push({ from, rate });
  }
  return tiers;
}

/** Commission on sales; tiers are marginal, like tax brackets. */
export function commissionOn(sales: number, commission: Commission): number {
  if (commission.kind === 'rate') return sales * commission.rate;
  const { tiers } = commission;
  let total = 0;
  for (let i = 0; i < tiers.length; i++) {
    const lower = tiers[i].from;
    if (sales <= lower) break;
    const upper = i + 1 < tiers.length ? Math.min(sales, tiers[i + 1].from) : sales;
    total += (upper - lower) * tiers[i].rate;
  }
  return total;
}

/** base fee + min(commission + bonus, cap). */
export function hybridPayout(terms: PayoutTerms): number {
  let variable = commissionOn(terms.sales, terms.commission);
  if (
    terms.bonusThreshold !== undefined &&
    terms.bonusAmount !== undefined &&
    terms.sales >= terms.bonusThreshold
  ) {
    variable += terms.bonusAmount;
  }
  if (terms.cap !== undefined) variable = Math.min(variable, terms.cap);
  return terms.baseFee + variable;
}

/** The cells of one payout row, before coercion. A shared tier table is passed separately. */
export interface PayoutCells {
  baseFee: unknown;
  commission: unknown;
  sales: unknown;
  bonusThreshold?: unknown;
  bonusAmount?: unknown;
  cap?: unknown;
}

const optional = (value: unknown, name: string): number | undefined =>
  isBlank(value) ? undefined : toNonNegative(value, name);

/**
 * One row of HYBRID_PAYOUT from cells. A blank base fee or commission counts as none (a
 * commission-only or fee-only deal), but not both; blank sales count as 0 (nothing attributed yet).
 */
export function payoutFromCells(cells: PayoutCells, commissionTable?: Commission): number {
  const noFee = isBlank(cells.baseFee);
  const noCommission = commissionTable === undefined && isBlank(cells.commission);
  if (noFee && noCommission) {
    throw new RowError(
      isBlank(cells.sales)
        ? 'base_fee and commission are blank'
        : 'base_fee and commission are blank: nothing to pay on the sales',
    );
  }
  const baseFee = noFee ? 0 : toNonNegative(cells.baseFee, 'base_fee');
  const commission: Commission = commissionTable ?? {
    kind: 'rate',
    rate: noCommission ? 0 : toRate(cells.commission, 'commission'),
  };
  const sales = isBlank(cells.sales) ? 0 : toNonNegative(cells.sales, 'attributed_sales');
  const bonusThreshold = optional(cells.bonusThreshold, 'bonus_threshold');
  const bonusAmount = optional(cells.bonusAmount, 'bonus_amount');
  if ((bonusThreshold === undefined) !== (bonusAmount === undefined)) {
    throw new RowError(
      bonusThreshold === undefined
        ? 'bonus_amount is given without bonus_threshold'
        : 'bonus_threshold is given without bonus_amount',
    );
  }
  const cap = optional(cells.cap, 'cap');
  return hybridPayout({ baseFee, commission, sales, bonusThreshold, bonusAmount, cap });
}
