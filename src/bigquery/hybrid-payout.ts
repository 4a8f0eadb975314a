/** hybrid_payout: HYBRID_PAYOUT for one row. */
import {
  type Commission,
  parseTierMode,
  parseTierTable,
  payoutFromCells,
  type TierMode,
} from '../core/payout/payout';
import { isBlank, RowError } from '../core/values';
import { type CheckedNumber, cell, checkedNumber, given, type Sql } from './cells';

export interface TierRow {
  sales_from: Sql<number>;
  rate: Sql<number>;
}

/** A non-empty array is the tier table (Sheets' two-column commission range); empty or NULL is none. */
function tierTable(tiers: Sql<Sql<TierRow>[]>, mode: TierMode): Commission | undefined {
  if (tiers === null || tiers.length === 0) return undefined;
  return {
    kind: 'tiers',
    tiers: parseTierTable(tiers.map((tier) => [cell(tier?.sales_from), cell(tier?.rate)])),
    mode,
  };
}

export function run(
  base_fee: Sql<number>,
  commission: Sql<number>,
  attributed_sales: Sql<number>,
  bonus_threshold: Sql<number>,
  bonus_amount: Sql<number>,
  cap: Sql<number>,
  tiers: Sql<Sql<TierRow>[]>,
  tier_mode: Sql<string>,
): CheckedNumber {
  return checkedNumber('HYBRID_PAYOUT', () => {
    // As in Sheets, tier_mode is checked first, whether or not there is a tier table.
    const table = tierTable(tiers, parseTierMode(cell(tier_mode)));
    // Every argument is a column in a query, so a row is blank as in Sheets when every argument is a
    // column: when all of them are (the tier table is shared, as Sheets' is).
    const perRow = [base_fee, commission, attributed_sales, bonus_threshold, bonus_amount, cap];
    if (perRow.every((value) => isBlank(value))) return '';
    if (table && commission !== null) throw new RowError('give commission or tiers, not both');
    return payoutFromCells(
      cell(base_fee),
      cell(commission),
      cell(attributed_sales),
      table,
      given(bonus_threshold),
      given(bonus_amount),
      given(cap),
    );
  });
}
