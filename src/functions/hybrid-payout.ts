import { commonHeight, type RowArg, rowArg, toGrid, width } from '../core/grid';
import {
  type Commission,
  parseTierMode,
  parseTierTable,
  payoutFromCells,
  type TierMode,
} from '../core/payout/payout';
import { CallError, isBlank } from '../core/values';
import { asCallError, type CellResult, rowErrorCell } from './rows';

/** A two-column commission range is always a tier table shared by every row. */
function readTierTable(commission: unknown, mode: TierMode): Commission | undefined {
  const grid = toGrid(commission);
  if (grid === undefined || width(grid) !== 2) return undefined;
  return { kind: 'tiers', tiers: parseTierTable(grid), mode };
}

/** tier_mode applies to the whole call: one value, not a column. */
function readTierMode(arg: unknown): TierMode {
  const grid = toGrid(arg);
  if (grid === undefined) return 'marginal';
  if (grid.length !== 1 || width(grid) !== 1) {
    throw new CallError(`tier_mode must be a single value (got ${grid.length} x ${width(grid)})`);
  }
  return parseTierMode(grid[0][0]);
}

export function hybridPayout(
  baseFee: unknown,
  commission: unknown,
  attributedSales: unknown,
  bonusThreshold?: unknown,
  bonusAmount?: unknown,
  cap?: unknown,
  tierMode?: unknown,
) {
  try {
    if (baseFee === undefined || commission === undefined || attributedSales === undefined) {
      throw new CallError('needs base_fee, commission and attributed_sales (leave a cell blank for none)');
    }
    const tiers = readTierTable(commission, readTierMode(tierMode));
    const args: Array<[string, RowArg | undefined]> = [
      ['base_fee', rowArg(baseFee, 'base_fee')],
      ['commission', tiers ? undefined : rowArg(commission, 'commission')],
      ['attributed_sales', rowArg(attributedSales, 'attributed_sales')],
      ['bonus_threshold', rowArg(bonusThreshold, 'bonus_threshold')],
      ['bonus_amount', rowArg(bonusAmount, 'bonus_amount')],
      ['cap', rowArg(cap, 'cap')],
    ];
    const height = commonHeight(args);
    const [fee, rate, sales, threshold, amount, limit] = args.map(([, arg]) => arg);
    // Only the columns decide whether a row is blank: scalars apply to every row. With no column at
    // all, the one row is blank when its fee, rate and sales are.
    const anyColumn = args.some(([, arg]) => arg?.isColumn);
    const counts = (arg: RowArg | undefined) =>
      anyColumn ? arg?.isColumn === true : arg === fee || arg === rate || arg === sales;
    const decisive = [fee, rate, sales, threshold, amount, limit].filter(
      (arg): arg is RowArg => arg !== undefined && counts(arg),
    );
    const out: CellResult[][] = new Array(height);
    // A plain loop, no closure per row: this runs over ranges of 100,000 rows.
    for (let i = 0; i < height; i++) {
      let blank = true;
      for (let k = 0; k < decisive.length && blank; k++) blank = isBlank(decisive[k].at(i));
      let value: CellResult = '';
      if (!blank) {
        try {
          value = payoutFromCells(
            fee!.at(i),
            rate?.at(i),
            sales!.at(i),
            tiers,
            threshold?.at(i),
            amount?.at(i),
            limit?.at(i),
          );
        } catch (error) {
          value = rowErrorCell(error);
        }
      }
      out[i] = [value];
    }
    return height === 1 ? out[0][0] : out;
  } catch (error) {
    throw asCallError('HYBRID_PAYOUT', error);
  }
}
