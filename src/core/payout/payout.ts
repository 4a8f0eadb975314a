/**
 * The payout domain (src/core/payout/) owns what a producer is paid: the hybrid payout of this file,
 * the core of HYBRID_PAYOUT, the forecast's compensation and the brief's payout preview.
 *
 * Hybrid payout: a base fee plus commission on attributed sales, optionally with marginal tiers,
 * a performance bonus and a cap on the variable part. The base fee is always paid.
 */
import {
  CallError,
  describeValue,
  isBlank,
  MAX_MAGNITUDE,
  parseNumericText,
  RowError,
  rateTooHigh,
  toNonNegative,
  toRate,
} from '../values';

/** A marginal band: `rate` applies to the part of sales from `from` up to the next band's `from`. */
interface Tier {
  readonly from: number;
  readonly rate: number;
}

/**
 * How a tier table pays: `marginal` applies each rate to the slice of sales in its bracket, like
 * tax brackets; `whole` applies the rate of the highest tier reached to all sales, as affiliate
 * platforms' performance tiers do.
 */
export type TierMode = 'marginal' | 'whole';
const TIER_MODES: readonly TierMode[] = ['marginal', 'whole'];

/** A flat rate or a tier table (always starting at 0, strictly ascending); tiers are marginal unless `mode` says whole. */
export type Commission =
  | { readonly kind: 'rate'; readonly rate: number }
  | { readonly kind: 'tiers'; readonly tiers: readonly Tier[]; readonly mode?: TierMode };

/** A tier mode as typed: blank means marginal (the behaviour before modes existed). */
export function parseTierMode(value: unknown): TierMode {
  if (isBlank(value)) return 'marginal';
  const key = typeof value === 'string' ? value.trim().toLowerCase() : '';
  const mode = TIER_MODES.find((m) => m === key);
  if (!mode) throw new CallError(`tier_mode must be "marginal" or "whole" (got ${describeValue(value)})`);
  return mode;
}

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
  if (Math.abs(n) > MAX_MAGNITUDE) {
    throw new CallError(
      `tier table row ${row}: ${what} is too large (got ${describeValue(value)}; at most 1e15)`,
    );
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
    if (rate > 1) throw new CallError(rateTooHigh(`tier table row ${i + 1}: rate`, rows[i][1], rate));
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

const flatCommission = (sales: number, rate: number): number => sales * rate;

/** Commission on sales: a flat rate, marginal tiers (like tax brackets) or the whole-sales tier rate. */
export function commissionOn(sales: number, commission: Commission): number {
  if (commission.kind === 'rate') return flatCommission(sales, commission.rate);
  const { tiers } = commission;
  if (commission.mode === 'whole') {
    // A tier is reached at its sales_from: "15% from 10,000" pays 15% on sales of exactly 10,000.
    let rate = tiers[0].rate;
    for (let i = 1; i < tiers.length && sales >= tiers[i].from; i++) rate = tiers[i].rate;
    return flatCommission(sales, rate);
  }
  let total = 0;
  for (let i = 0; i < tiers.length; i++) {
    const lower = tiers[i].from;
    if (sales <= lower) break;
    const upper = i + 1 < tiers.length ? Math.min(sales, tiers[i + 1].from) : sales;
    total += (upper - lower) * tiers[i].rate;
  }
  return total;
}

/**
 * The variable part: min(commission + bonus, cap). The Payouts sheet shows it on its own, so it is
 * the one place the bonus and the cap are applied. Positional, so per-row callers allocate nothing.
 */
export function variablePayout(
  commission: Commission,
  sales: number,
  bonusThreshold?: number,
  bonusAmount?: number,
  cap?: number,
): number {
  let variable = commissionOn(sales, commission);
  if (bonusThreshold !== undefined && bonusAmount !== undefined && sales >= bonusThreshold)
    variable += bonusAmount;
  if (cap !== undefined && variable > cap) variable = cap;
  return variable;
}

/** base fee + min(commission + bonus, cap). */
function payoutAmount(
  baseFee: number,
  commission: Commission,
  sales: number,
  bonusThreshold?: number,
  bonusAmount?: number,
  cap?: number,
): number {
  return baseFee + variablePayout(commission, sales, bonusThreshold, bonusAmount, cap);
}

export function hybridPayout(terms: PayoutTerms): number {
  return payoutAmount(
    terms.baseFee,
    terms.commission,
    terms.sales,
    terms.bonusThreshold,
    terms.bonusAmount,
    terms.cap,
  );
}

const optional = (value: unknown, name: string): number | undefined =>
  isBlank(value) ? undefined : toNonNegative(value, name);

// Not negative and not too large to compute with, without a global lookup per row (NaN fails both).
const isAmount = (value: unknown): value is number =>
  typeof value === 'number' && value >= 0 && value <= MAX_MAGNITUDE;

/**
 * One row of HYBRID_PAYOUT from cells. A blank base fee or commission counts as none (a
 * commission-only or fee-only deal), but not both; blank sales count as 0 (nothing attributed yet).
 * `rate` is ignored when a shared tier table is given. Optional cells may be undefined (not given).
 */
export function payoutFromCells(
  baseFee: unknown,
  rate: unknown,
  sales: unknown,
  tiers?: Commission,
  bonusThreshold?: unknown,
  bonusAmount?: unknown,
  cap?: unknown,
): number {
  // Plain numbers and no extras: the common row of a large range, without allocating.
  if (
    isAmount(baseFee) &&
    isAmount(sales) &&
    bonusThreshold === undefined &&
    bonusAmount === undefined &&
    cap === undefined &&
    (tiers !== undefined || (typeof rate === 'number' && rate >= 0 && rate <= 1))
  ) {
    return tiers ? payoutAmount(baseFee, tiers, sales) : baseFee + flatCommission(sales, rate as number);
  }
  const noFee = isBlank(baseFee);
  const noCommission = tiers === undefined && isBlank(rate);
  if (noFee && noCommission) {
    throw new RowError(
      isBlank(sales)
        ? 'base_fee and commission are blank'
        : 'base_fee and commission are blank: nothing to pay on the sales',
    );
  }
  const fee = noFee ? 0 : toNonNegative(baseFee, 'base_fee');
  const commission: Commission = tiers ?? {
    kind: 'rate',
    rate: noCommission ? 0 : toRate(rate, 'commission'),
  };
  const amount = isBlank(sales) ? 0 : toNonNegative(sales, 'attributed_sales');
  const threshold = optional(bonusThreshold, 'bonus_threshold');
  const bonus = optional(bonusAmount, 'bonus_amount');
  if ((threshold === undefined) !== (bonus === undefined)) {
    throw new RowError(
      threshold === undefined
        ? 'bonus_amount is given without bonus_threshold'
        : 'bonus_threshold is given without bonus_amount',
    );
  }
  return payoutAmount(fee, commission, amount, threshold, bonus, optional(cap, 'cap'));
}
